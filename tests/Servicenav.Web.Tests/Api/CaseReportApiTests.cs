using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The customer-service reports over the API: for staff and orderers (its own customer's figures), not for employees.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaseReportApiTests(ApiFixture api)
{
    private static readonly string[] Reports = ["flow", "times", "sla", "agents", "root-causes", "export"];

    [Fact]
    public async Task Every_report_answers_staff_and_the_export_is_an_excel_workbook()
    {
        var controller = await api.ClientFor("controller");
        foreach (var report in Reports)
        {
            (await controller.GetAsync($"/api/servicedesk/reports/{report}?from=2026-01-01&to=2026-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK, report);
        }

        var flow = await controller.GetFromJsonAsync<JsonElement>("/api/servicedesk/reports/flow?from=2026-03-01&to=2026-03-31");
        flow.GetProperty("days").GetArrayLength().ShouldBe(31, "every day, also those without cases");
        var export = await controller.GetAsync("/api/servicedesk/reports/export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        book.Worksheets.Select(s => s.Name).ShouldContain("Inflöde och utflöde per dag");
        (await (await api.ClientFor("handlaggare")).GetAsync("/api/servicedesk/reports/overview")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_employee_gets_403_for_every_report_and_the_export()
    {
        var employee = await api.ClientFor("medarbetare.karolinska");
        foreach (var report in Reports.Append("overview"))
        {
            (await employee.GetAsync($"/api/servicedesk/reports/{report}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, report);
        }
    }

    [Fact]
    public async Task An_orderers_report_and_export_hold_its_own_customer_only()
    {
        var sos = await api.ClientFor("bestallare.sos");
        var sla = await sos.GetFromJsonAsync<JsonElement>("/api/servicedesk/reports/sla?from=2024-01-01&to=2026-12-31");
        sla.GetProperty("byCustomer").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldAllBe(n => n == "Södersjukhuset AB");
        var agents = await sos.GetFromJsonAsync<JsonElement>("/api/servicedesk/reports/agents");
        agents.GetProperty("agents").GetArrayLength().ShouldBe(0);

        var export = await sos.GetAsync("/api/servicedesk/reports/export?from=2024-01-01&to=2026-12-31");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ShouldNotContain(t => t.Contains("Karolinska", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_400_and_an_fte_is_set_by_a_manager_only()
    {
        var controller = await api.ClientFor("controller");
        (await controller.GetAsync("/api/servicedesk/reports/flow?from=2026-03-31&to=2026-03-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var admin = await api.ClientFor("admin");
        var agents = await admin.GetFromJsonAsync<JsonElement>("/api/servicedesk/reports/fte");
        var someone = agents.EnumerateArray().First().GetProperty("userId").GetGuid();
        (await controller.PutAsJsonAsync($"/api/servicedesk/reports/fte/{someone}", new { fte = 0.8m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync($"/api/servicedesk/reports/fte/{someone}", new { fte = 1.5m })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PutAsJsonAsync($"/api/servicedesk/reports/fte/{someone}", new { fte = 1.0m })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
