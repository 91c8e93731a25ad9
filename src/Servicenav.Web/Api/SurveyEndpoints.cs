using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>
/// The end-user survey: answered by its link's token without signing in, and its results per service, customer,
/// resolver group and month for staff (a Beställare its own customer's).
/// </summary>
public static class SurveyEndpoints
{
    public static void MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/surveys").WithTags("Enkäter");
        surveys.MapGet("/results", (int? year, string? serviceCode, Guid? customerId, Guid? groupId, HttpContext http, TimeProvider clock) =>
                http.RunHttp(new GetSurveyResults(year ?? SwedishCulture.Today(clock).Year, serviceCode, customerId, groupId)))
            .WithSummary("Enkätresultat för ett år: svarsfrekvens, andel lösta, medelbetyg för bemötande och antal svar per tjänst, kund, lösargrupp och månad, med de senaste kommentarerna. Beställare ser bara sin egen organisation.");
        surveys.MapGet("/results/export", (ExportFormat? format, int? year, string? serviceCode, Guid? customerId, Guid? groupId, HttpContext http,
                TimeProvider clock) =>
                http.RunHttp(new ExportSurveyResults(format ?? ExportFormat.Xlsx, year ?? SwedishCulture.Today(clock).Year, serviceCode, customerId, groupId),
                    ApiResults.File))
            .WithSummary("Enkätresultaten som Excel (ett blad per indelning och ett med kommentarer) eller CSV, med samma filter.");
        surveys.MapGet("/{token}", (string token, HttpContext http) => http.RunHttp(new GetSurvey(token)))
            .AllowAnonymous()
            .WithSummary("En enkät via länkens token, utan inloggning: ärendenummer, rubrik, om den kan besvaras och ett redan lämnat svar. 404 för okänd länk.");
        surveys.MapPost("/{token}", (string token, SurveyAnswerBody body, HttpContext http) =>
                http.RunHttp(new AnswerSurvey(token, body.Solved, body.Treatment, body.Comment)))
            .AllowAnonymous()
            .WithSummary("Besvara enkäten utan inloggning: löst (ja/nej), bemötande 1–5 och valfri kommentar. Ett andra svar och en utgången länk ger 409; det första svaret står kvar.");
    }

    public sealed record SurveyAnswerBody(bool? Solved, int? Treatment, string? Comment);
}
