using Servicenav.Billing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>
/// Usage records in (batches) and out. Shares the /api/usage prefix with the usage matrix (GET /api/usage, PUT
/// /api/usage/{customer}/{service}, GET /api/usage/export), on routes that do not clash with it.
/// </summary>
public static class UsageImportEndpoints
{
    public static void MapUsageImportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/usage").WithTags("Användning (poster)");

        api.MapPost("/", async (UsageRowInput[] rows, string? source, HttpContext http) =>
            ToHttp(await http.Run(new ImportUsage { SourceName = source, Rows = rows })))
            .WithSummary("Ta emot en batch användningsposter (JSON-array). Hela batchen godtas eller avvisas med alla felaktiga rader; redan lagrade källreferenser hoppas över.");
        api.MapPost("/csv", async (string? fileName, HttpContext http) =>
        {
            // Copied to a temporary file first: the import reads synchronously and never holds the file in memory.
            var temp = Path.GetTempFileName();
            try
            {
                var name = fileName ?? "usage.csv";
                await using (var file = File.Create(temp))
                {
                    if (http.Request.HasFormContentType)
                    {
                        var form = await http.Request.ReadFormAsync(http.RequestAborted);
                        var upload = form.Files.Count > 0 ? form.Files[0] : null;
                        if (upload is null)
                        {
                            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: UiText.Problem_Validation);
                        }

                        name = upload.FileName;
                        await upload.CopyToAsync(file, http.RequestAborted);
                    }
                    else
                    {
                        await http.Request.Body.CopyToAsync(file, http.RequestAborted);
                    }
                }

                await using var content = File.OpenRead(temp);
                return ToHttp(await http.Run(new ImportUsageCsv(name, content)));
            }
            finally
            {
                File.Delete(temp);
            }
        }).WithSummary("Ta emot en CSV-fil (text/csv som kropp eller multipart). Semikolon- eller kommaseparerad, decimalkomma tillåtet.");
        api.MapGet("/records", (string? period, Guid? customer, string? service, int? take, HttpContext http) =>
            http.RunHttp(new ListUsageRecords(period, customer, service, take ?? 200)))
            .WithSummary("En månads användningsposter (de första raderna) med summor per kund, tjänst och enhet; utan period den senaste månaden med poster. En beställare ser bara sin kund.");
        api.MapGet("/batches", (HttpContext http, CancellationToken _) => http.RunHttp(new ListUsageBatches()))
            .WithSummary("Mottagna batchar: när, av vem, källa, antal godtagna och överhoppade rader.");
    }

    /// <summary>Accepted: 200 with the summary. Refused: 400 listing the bad rows (at most 1 000) and their total count.</summary>
    private static IResult ToHttp(Result<UsageImportResult> result) => result.ToHttp(r => r.Accepted
        ? Results.Ok(r)
        : Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: UiText.Problem_Import,
            extensions: new Dictionary<string, object?> { ["rows"] = r.Errors, ["errorCount"] = r.ErrorCount, ["rowsRead"] = r.RowsRead }));
}
