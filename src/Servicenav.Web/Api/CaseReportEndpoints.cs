using Servicenav.ServiceDesk.Features.Reports;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>
/// The customer service's reports: flow and backlog, answer and resolution times, SLA compliance, closed cases per FTE,
/// root causes, the agent's overview, and the export. Every figure is of the cases the reader may see (a Beställare
/// its own customer's).
/// </summary>
public static class CaseReportEndpoints
{
    public static void MapCaseReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/servicedesk/reports").WithTags("Kundtjänstrapporter");
        reports.MapGet("/flow", (DateOnly? from, DateOnly? to, string? serviceCode, Guid? customerId, Guid? groupId, HttpContext http) =>
                http.RunHttp(new GetCaseFlow(new CaseReportFilter(from, to, serviceCode, customerId, groupId))))
            .WithSummary("Ärenden in och ut per dag (nya, lösta, stängda, öppna vid dagens slut, även dagar utan ärenden) och ärendestocken nu per status och ålder. Standard är de senaste 30 dagarna.");
        reports.MapGet("/times", (DateOnly? from, DateOnly? to, string? serviceCode, Guid? customerId, Guid? groupId, HttpContext http) =>
                http.RunHttp(new GetCaseTimes(new CaseReportFilter(from, to, serviceCode, customerId, groupId))))
            .WithSummary("Tid till första svar och till lösning i kontorstid (medel, median, 90:e percentil) per prioritet och per tjänst, enligt ärendenas SLA-klockor.");
        reports.MapGet("/sla", (DateOnly? from, DateOnly? to, string? serviceCode, Guid? customerId, Guid? groupId, HttpContext http) =>
                http.RunHttp(new GetSlaCompliance(new CaseReportFilter(from, to, serviceCode, customerId, groupId))))
            .WithSummary("Andel SLA uppfyllda för första svar och lösning per tjänst, kund och månad (klockor som stannade eller bröts under perioden).");
        reports.MapGet("/agents", (DateOnly? from, DateOnly? to, string? serviceCode, Guid? customerId, Guid? groupId, HttpContext http) =>
                http.RunHttp(new GetAgentProductivity(new CaseReportFilter(from, to, serviceCode, customerId, groupId))))
            .WithSummary("Lösta ärenden per handläggare och lösargrupp, tjänstgöringsgrad, lösta per heltid och månad, och förändringen mot samma period året innan.");
        reports.MapGet("/root-causes", (DateOnly? from, DateOnly? to, string? serviceCode, Guid? customerId, Guid? groupId, int? top, HttpContext http) =>
                http.RunHttp(new GetTopRootCauses(new CaseReportFilter(from, to, serviceCode, customerId, groupId), top ?? 10)))
            .WithSummary("De vanligaste felorsakerna bland lösta ärenden: antal, andel och förändring mot föregående period av samma längd.");
        reports.MapGet("/overview", (HttpContext http, CancellationToken _) => http.RunHttp(new GetCaseDeskOverview()))
            .WithSummary("Handläggarens översikt: nya och lösta ärenden i dag, min kö, tilldelade till mig och SLA-överträdelser i dag.");
        reports.MapGet("/export", (ExportFormat? format, CaseReportTable? table, DateOnly? from, DateOnly? to, string? serviceCode, Guid? customerId, Guid? groupId,
                HttpContext http) =>
                http.RunHttp(new ExportCaseReports(format ?? ExportFormat.Xlsx, new CaseReportFilter(from, to, serviceCode, customerId, groupId), table), ApiResults.File))
            .WithSummary("Rapporternas tabeller som Excel (ett blad per tabell) eller en tabell som CSV (table), med samma filter och samma behörighet som sidan.");
        reports.MapGet("/fte", (HttpContext http, CancellationToken _) => http.RunHttp(new ListAgentFtes()))
            .WithSummary("Lösargruppernas medlemmar med tjänstgöringsgrad (1,0 när ingen är angiven).");
        reports.MapPut("/fte/{userId:guid}", (Guid userId, FteBody body, HttpContext http) => http.RunHttp(new SetAgentFte(userId, body.Fte)))
            .WithSummary("Sätt en handläggares tjänstgöringsgrad, 0,1–1,0 (för lösta ärenden per heltid).");
    }

    public sealed record FteBody(decimal Fte);
}
