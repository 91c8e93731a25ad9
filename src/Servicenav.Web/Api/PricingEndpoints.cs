using Servicenav.Pricing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

public static class PricingEndpoints
{
    public static void MapPricingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/pricing").WithTags("Priser och prislistor");

        api.MapGet("/price-lists", (int? year, HttpContext http) => http.RunHttp(new ListPriceLists(year)))
            .WithSummary("Prislistor (alla versioner per år) som användaren får se; kunder ser bara publicerade.");
        api.MapGet("/price-lists/current", (DateOnly? date, HttpContext http) => http.RunHttp(new GetPricesInForce(date)))
            .WithSummary("Den beslutade prislista som gäller ett datum (i dag om inget anges).");
        api.MapGet("/price-lists/{id:guid}", (Guid id, HttpContext http) => http.RunHttp(new GetPriceList(id)))
            .WithSummary("En prislista med självkostnad, prognoser, beräknade priser och avrundningseffekt per tjänst.");
        api.MapGet("/price-lists/{id:guid}/export", (Guid id, ExportFormat? format, HttpContext http) =>
            http.RunHttp(new ExportPriceList(id, format ?? ExportFormat.Xlsx), ApiResults.File))
            .WithSummary("Prislistan som xlsx (standard) eller csv.");
        api.MapGet("/price-lists/{from:guid}/compare/{to:guid}", (Guid from, Guid to, HttpContext http) =>
            http.RunHttp(new ComparePriceLists(from, to)))
            .WithSummary("Förändring per tjänst mellan två prislistor, i kronor och procent.");
        api.MapPost("/price-lists", (StartPriceListDraft body, HttpContext http) =>
            http.RunHttp(body, id => Results.Created($"/api/pricing/price-lists/{id}", new { id })))
            .WithSummary("Starta ett utkast för ett år: kopia av årets senast beslutade version, annars från katalog, kalkyl och nuläge användande.");
        api.MapDelete("/price-lists/{id:guid}", (Guid id, HttpContext http) => http.RunHttp(new DiscardPriceListDraft(id)))
            .WithSummary("Kasta ett utkast. En beslutad prislista kan inte tas bort (409).");
        api.MapPut("/price-lists/{id:guid}/result-requirement", (Guid id, SetResultRequirement body, HttpContext http) =>
        {
            body.PriceListId = id;
            return http.RunHttp(body);
        }).WithSummary("Resultatkrav i procent; priset täcker självkostnad × (1 + resultatkrav).");
        api.MapPost("/price-lists/{id:guid}/self-costs/from-costing", (Guid id, HttpContext http) => http.RunHttp(new TakeSelfCostsFromCosting(id)))
            .WithSummary("Hämta alla tjänsters självkostnad från årets kostnadskalkyl.");
        api.MapPut("/price-lists/{id:guid}/services/{code}/self-cost", (Guid id, string code, SetPriceListSelfCost body, HttpContext http) =>
        {
            body.PriceListId = id;
            body.ServiceCode = code;
            return http.RunHttp(body);
        }).WithSummary("Ange en tjänsts självkostnad manuellt (personal, övrigt, kapital i kronor).");
        api.MapPut("/price-lists/{id:guid}/services/{code}/terms", (Guid id, string code, SetPriceListTerms body, HttpContext http) =>
        {
            body.PriceListId = id;
            body.ServiceCode = code;
            return http.RunHttp(body);
        }).WithSummary("Enhet, basandel (hybrid) och fördelningsnyckel för fasta avgifter.");
        api.MapPut("/price-lists/{id:guid}/services/{code}/forecasts", (Guid id, string code, SetVolumeForecast body, HttpContext http) =>
        {
            body.PriceListId = id;
            body.ServiceCode = code;
            return http.RunHttp(body);
        }).WithSummary("En kunds volymprognos för året (eller remove=true för att ta bort kunden från tjänsten).");
        api.MapPost("/price-lists/{id:guid}/decision", (Guid id, DecidePriceList body, HttpContext http) =>
        {
            body.PriceListId = id;
            return http.RunHttp(body);
        }).WithSummary("Besluta ett utkast: diarienummer, beslutsdatum, beslutande organ och giltig från. Därefter ändras det aldrig (409).");
        api.MapPost("/price-lists/{id:guid}/publish", (Guid id, HttpContext http) => http.RunHttp(new PublishPriceList(id)))
            .WithSummary("Publicera en beslutad prislista för alla kunder.");
        api.MapPost("/what-if", (WhatIfPrices body, HttpContext http) => http.RunHttp(body))
            .WithSummary("Tänk om: ändra volymer, självkostnader eller resultatkrav och se priser och kunders årskostnad, utan att spara.");
        api.MapGet("/indicative/{year:int}", (int year, HttpContext http) => http.RunHttp(new GetIndicativePrices(year)))
            .WithSummary("Indikativa priser för de tre följande åren (kostnadsindex per kostnadsslag och effektiviseringskrav).");
        api.MapPut("/cost-indices/{year:int}", (int year, SetCostIndex body, HttpContext http) =>
        {
            body.Year = year;
            return http.RunHttp(body);
        }).WithSummary("Ett års kostnadsindex (personal, övrigt, kapital i %) och effektiviseringskrav (%).");
    }
}
