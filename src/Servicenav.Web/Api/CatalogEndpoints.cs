using Servicenav.Access.Features;
using Servicenav.Catalog.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

public static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/catalog").WithTags("Tjänstekatalog");

        api.MapGet("/services", (string? search, string? area, int? version, HttpContext http) =>
            http.RunHttp(new ListCatalogServices(search, area, version)))
            .WithSummary("Tjänstekatalogen: områden med tjänster, gällande version om inget versionsnummer anges.");
        api.MapGet("/services/{code}", (string code, int? version, HttpContext http) =>
            http.RunHttp(new GetCatalogService(code, version)))
            .WithSummary("En tjänst med servicenivåer och beslutet bakom den.");
        api.MapGet("/export", (ExportFormat format, int? version, HttpContext http) =>
            http.RunHttp(new ExportCatalog(format, version), ApiResults.File))
            .WithSummary("Förteckningen som csv eller xlsx.");
        api.MapGet("/owners", (HttpContext http, CancellationToken _) => http.RunHttp(new ListServiceOwners()))
            .WithSummary("Användare som kan vara tjänsteägare.");

        api.MapGet("/versions", (HttpContext http, CancellationToken _) => http.RunHttp(new ListCatalogVersions()))
            .WithSummary("Katalogversionernas historik.");
        api.MapGet("/versions/{number:int}", (int number, HttpContext http) => http.RunHttp(new GetCatalogVersion(number)));
        api.MapGet("/versions/{from:int}/compare/{to:int}", (int from, int to, HttpContext http) =>
            http.RunHttp(new CompareCatalogVersions(from, to)))
            .WithSummary("Vad som ändrats mellan två versioner.");
        api.MapPost("/versions", (HttpContext http, CancellationToken _) =>
            http.RunHttp(new StartCatalogDraft(), n => Results.Created($"/api/catalog/versions/{n}", new { number = n })))
            .WithSummary("Starta ett utkast (kopia av senast beslutade version).");
        api.MapDelete("/versions/{number:int}", (int number, HttpContext http) => http.RunHttp(new DiscardCatalogDraft(number)))
            .WithSummary("Kasta ett utkast. En beslutad version kan inte tas bort (409).");
        api.MapPost("/versions/{number:int}/areas", (int number, AddCatalogArea body, HttpContext http) =>
        {
            body.VersionNumber = number;
            return http.RunHttp(body);
        });
        api.MapPost("/versions/{number:int}/services", (int number, AddCatalogService body, HttpContext http) =>
        {
            body.VersionNumber = number;
            return http.RunHttp(body, s => Results.Created($"/api/catalog/versions/{number}/services/{s.Code}", s));
        }).WithSummary("Lägg till en tjänst i ett utkast.");
        api.MapPut("/versions/{number:int}/services/{code}", (int number, string code, UpdateCatalogService body, HttpContext http) =>
        {
            body.VersionNumber = number;
            body.Code = code;
            return http.RunHttp(body);
        }).WithSummary("Ändra en tjänst i ett utkast. En beslutad version ändras aldrig (409).");
        api.MapDelete("/versions/{number:int}/services/{code}", (int number, string code, HttpContext http) =>
            http.RunHttp(new RemoveCatalogService(number, code)));
        api.MapPost("/versions/{number:int}/decision", (int number, DecideCatalogVersion body, HttpContext http) =>
        {
            body.VersionNumber = number;
            return http.RunHttp(body);
        }).WithSummary("Besluta ett utkast: diarienummer, beslutsdatum, beslutande organ och giltig från.");
    }
}
