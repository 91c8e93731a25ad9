using Servicenav.YearEnd.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

public static class ResultsEndpoints
{
    public static void MapResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/results").WithTags("Resultat");

        api.MapGet("/{year:int}", (int year, HttpContext http) => http.RunHttp(new GetYearResult(year)))
            .WithSummary("Årets resultat per tjänsteområde och totalt: intäkter, självkostnad, återbetalning, budget och resultatkrav.");
        api.MapGet("/{year:int}/export", (int year, ExportFormat format, HttpContext http) =>
            http.RunHttp(new ExportYearResult(year, format), ApiResults.File))
            .WithSummary("Resultatet per område som csv eller xlsx.");
        api.MapPut("/{year:int}/budgets/{areaCode}", (int year, string areaCode, AreaBudgetBody body, HttpContext http) =>
            http.RunHttp(new SetAreaBudget(year, areaCode, body.Revenue, body.Cost)))
            .WithSummary("Sätt ett områdes budgeterade intäkter och kostnad för året.");
        api.MapGet("/{year:int}/refunds/preview", (int year, string area, decimal amount, HttpContext http) =>
            http.RunHttp(new PreviewRefund(year, area, amount)))
            .WithSummary("Hur en återbetalning skulle fördelas på områdets kunder, utan att beslutas.");
        api.MapPost("/{year:int}/refunds", (int year, DecideRefund body, HttpContext http) =>
        {
            body.Year = year;
            return http.RunHttp(body);
        }).WithSummary("Besluta en återbetalning: fördelas i proportion till det debiterade och ges som kreditfakturor.");
    }
}

/// <summary>An area's budget for the year, in kronor.</summary>
public sealed record AreaBudgetBody(decimal Revenue, decimal Cost);
