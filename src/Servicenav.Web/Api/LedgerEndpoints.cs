using Microsoft.AspNetCore.Mvc;
using Servicenav.Ledger;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Features;

namespace Servicenav.Web.Api;

public static class LedgerEndpoints
{
    /// <summary>A region's outcome file with a few hundred thousand lines is 10–30 MB.</summary>
    private const long MaxFileBytes = 200L * 1024 * 1024;

    public static void MapLedgerEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ledger").WithTags("Huvudbok");

        api.MapGet("/imports", (HttpContext http, CancellationToken _) => http.RunHttp(new ListLedgerImports()))
            .WithSummary("Importerade år (budget och utfall) med antal rader och summor.");
        api.MapPost("/imports", async (int year, LedgerKind kind, LedgerFileFormat? format, string? fileName, HttpContext http) =>
        {
            var (bytes, name) = await ReadFile(http);
            name = fileName ?? name ?? "";
            var chosen = format ?? (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? LedgerFileFormat.Csv : LedgerFileFormat.Sie);
            return await http.RunHttp(new ImportLedger(bytes, chosen, year, kind, name),
                s => Results.Created($"/api/ledger/{s.Year}/{s.Kind}/pools", s));
        })
            .WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes))

            // An API upload (bearer token or same-site cookie: the cookie is SameSite=Lax, so a cross-site form post
            // carries no session); the page uploads through its circuit, not this endpoint.
            .DisableAntiforgery()

            // No Accepts(...): it would constrain routing by content type, and the file may come as multipart or raw.
            .WithSummary("Importera ett års huvudbok: SIE 4 (4E/4I) eller CSV (datum;konto;kontonamn;ansvar;verksamhet;belopp;text), "
                + "som multipart (fältet file) eller som rå kropp. Ersätter tidigare import av samma år och slag; en fil med fel avvisas hel (400 med alla rader).");
        api.MapGet("/{year:int}/{kind}/pools", (int year, LedgerKind kind, HttpContext http) => http.RunHttp(new GetCostPools(year, kind)))
            .WithSummary("Årets kostnadspooler: kontogrupp × ansvar med belopp, kostnadsslag och antal rader.");
        api.MapGet("/{year:int}/{kind}/pools/{key}/lines", (int year, LedgerKind kind, string key, int? limit, HttpContext http) =>
            http.RunHttp(new GetCostPoolLines(year, kind, key, limit ?? 500)))
            .WithSummary("Huvudboksraderna bakom en pool (nyckel \"501|1200\"), största belopp först.");
    }

    private static async Task<(byte[] Bytes, string? Name)> ReadFile(HttpContext http)
    {
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null)
            {
                return ([], null);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, http.RequestAborted);
            return (buffer.ToArray(), file.FileName);
        }

        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        return (body.ToArray(), null);
    }
}
