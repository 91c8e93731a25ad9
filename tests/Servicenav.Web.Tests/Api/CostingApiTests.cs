using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The costing API over HTTP, on a demo app with generated pools and the demo model for 2028 (the demo itself has 2026).</summary>
public sealed class CostingApiTests(CostingApiFixture app) : IClassFixture<CostingApiFixture>
{
    private const string Model = "/api/costing/models/2028";

    [Fact]
    public async Task Controller_calculates_and_everyone_with_costing_read_sees_results_build_up_and_excel()
    {
        var controller = await app.ClientFor("controller");
        var calculated = await controller.PostAsync(Model + "/calculate", null);
        calculated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var run = await calculated.Content.ReadFromJsonAsync<JsonElement>();
        run.GetProperty("servicesTotal").GetDecimal().ShouldBe(run.GetProperty("poolsTotal").GetDecimal());

        var owner = await app.ClientFor("agare");
        var result = await owner.GetFromJsonAsync<JsonElement>(Model + "/result");
        var services = result.GetProperty("services").EnumerateArray().ToList();
        services.Count.ShouldBe(29);
        services.Sum(s => s.GetProperty("total").GetDecimal()).ShouldBe(run.GetProperty("poolsTotal").GetDecimal());

        var code = services[0].GetProperty("serviceCode").GetString()!;
        var buildUp = await owner.GetFromJsonAsync<JsonElement>($"{Model}/services/{code}");
        buildUp.GetProperty("activities").EnumerateArray().Sum(a => a.GetProperty("total").GetDecimal()).ShouldBe(buildUp.GetProperty("total").GetDecimal());
        var pool = buildUp.GetProperty("activities")[0].GetProperty("pools")[0].GetProperty("poolKey").GetString()!;
        var lines = await owner.GetFromJsonAsync<JsonElement>($"{Model}/pools/{Uri.EscapeDataString(pool)}/lines");
        lines.GetArrayLength().ShouldBe(2);

        var excel = await owner.GetAsync($"{Model}/export?service={code}");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        workbook.Worksheets.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Tjansteagare_cannot_edit_and_handlaggare_cannot_read()
    {
        var owner = await app.ClientFor("agare");
        (await owner.PostAsync(Model + "/calculate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.PutAsJsonAsync(Model + "/activities/X", new { name = "X", kind = "Primary" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var handlaggare = await app.ClientFor("handlaggare");
        (await handlaggare.GetAsync("/api/costing/models")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_drivers_are_refused_with_swedish_messages_and_imports_list_every_bad_row()
    {
        var controller = await app.ClientFor("controller");
        (await controller.PostAsJsonAsync("/api/costing/models", new { year = 2031, basis = "Outcome" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await controller.PutAsJsonAsync("/api/costing/models/2031/activities/P1", new { name = "Leverans", kind = "Primary" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await controller.PutAsJsonAsync("/api/costing/models/2031/activities/P2", new { name = "Leverans 2", kind = "Primary" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var shares = await controller.PutAsJsonAsync("/api/costing/models/2031/drivers", new
        {
            kind = "Resource", source = "Ansvar", sourceKey = "1100", basis = "Shares", unit = "%",
            lines = new[] { new { target = "P1", value = 50m }, new { target = "P2", value = 40m } },
        });
        shares.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await shares.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("summerar till 90,00 %");

        var csv = new StringContent("typ;källtyp;källa;mål;värde;enhet\nresurs;ansvar;1100;P1;x;%\nokänd;;P1;a;1;st\n", Encoding.UTF8, "text/csv");
        var import = await controller.PostAsync("/api/costing/models/2031/drivers/import", csv);
        import.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetArrayLength().ShouldBe(2);

        var calculate = await controller.PostAsync("/api/costing/models/2031/calculate", null);
        calculate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await calculate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("saknar aktivitetsdrivare");
    }
}
