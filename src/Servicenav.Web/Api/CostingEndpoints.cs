using Servicenav.Costing.Features;
using Servicenav.Ledger;

namespace Servicenav.Web.Api;

public static class CostingEndpoints
{
    public static void MapCostingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/costing").WithTags("Kalkyl");

        api.MapGet("/models", (HttpContext http, CancellationToken _) => http.RunHttp(new ListCostingModels()))
            .WithSummary("Kalkylmodellerna per år med senaste beräkningens summa.");
        api.MapPost("/models", (CreateCostingModel body, HttpContext http) =>
            http.RunHttp(body, m => Results.Created($"/api/costing/models/{m.Year}", m)))
            .WithSummary("Skapa årets kalkylmodell på budget eller utfall (en modell per år).");
        api.MapGet("/models/{year:int}", (int year, HttpContext http) => http.RunHttp(new GetCostingModel(year)))
            .WithSummary("Modellen: aktiviteter, drivare, årets kostnadspooler och vilken resursdrivare som tar varje pool.");
        api.MapPut("/models/{year:int}/basis", (int year, LedgerKind basis, HttpContext http) => http.RunHttp(new ChangeCostingBasis(year, basis)))
            .WithSummary("Byt mellan budget och utfall.");
        api.MapPut("/models/{year:int}/activities/{code}", (int year, string code, SaveCostingActivity body, HttpContext http) =>
        {
            body.Year = year;
            body.Code = code;
            return http.RunHttp(body);
        }).WithSummary("Lägg till eller ändra en aktivitet (Primary eller Support).");
        api.MapDelete("/models/{year:int}/activities/{code}", (int year, string code, HttpContext http) => http.RunHttp(new RemoveCostingActivity(year, code)))
            .WithSummary("Ta bort en aktivitet (409 om en drivare fortfarande fördelar till den).");
        api.MapPut("/models/{year:int}/drivers", (int year, SetCostingDriver body, HttpContext http) =>
        {
            body.Year = year;
            return http.RunHttp(body);
        }).WithSummary("Sätt en drivare: resurs (pool/ansvar/kontogrupp → aktiviteter), stöd (stödaktivitet → aktiviteter) eller aktivitet (→ tjänster).");
        api.MapDelete("/models/{year:int}/drivers/{id:guid}", (int year, Guid id, HttpContext http) => http.RunHttp(new RemoveCostingDriver(year, id)));
        api.MapPost("/models/{year:int}/drivers/import", async (int year, HttpRequest request, HttpContext http) =>
        {
            using var reader = new StreamReader(request.Body);
            var content = await reader.ReadToEndAsync(http.RequestAborted);
            return await http.RunHttp(new ImportCostingDrivers(year, "drivare.csv", content), count => Results.Ok(new { drivers = count }));
        }).Accepts<string>("text/csv").WithSummary("Importera drivartabeller som CSV (typ;källtyp;källa;mål;värde;enhet). Allt eller inget.");
        api.MapPost("/models/{year:int}/calculate", (int year, HttpContext http) => http.RunHttp(new CalculateCostingModel(year)))
            .WithSummary("Beräkna modellen och spara resultatet som en ny ögonblicksbild (409 med alla skäl om den inte går att beräkna).");
        api.MapGet("/models/{year:int}/result", (int year, HttpContext http) => http.RunHttp(new GetCostingResult(year)))
            .WithSummary("Senaste beräkningen: självkostnad per tjänst och kostnadstyp, aktiviteter och avrundningsören.");
        api.MapGet("/models/{year:int}/services/{code}", (int year, string code, HttpContext http) => http.RunHttp(new GetServiceCostBuildUp(year, code)))
            .WithSummary("Vad som bygger upp en tjänsts självkostnad: aktivitet → kostnadspool.");
        api.MapGet("/models/{year:int}/pools/{key}/lines", (int year, string key, int? limit, HttpContext http) =>
            http.RunHttp(new GetCostPoolLines(year, key, limit ?? 200)))
            .WithSummary("Bokföringsraderna bakom en kostnadspool, största först.");
        api.MapGet("/models/{year:int}/export", (int year, string? service, HttpContext http) =>
            http.RunHttp(new ExportCostingResult(year, service), ApiResults.File))
            .WithSummary("Självkostnaderna (eller en tjänsts uppbyggnad med bokföringsrader) som Excel.");
    }
}
