using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Ledger import and cost pools over HTTP, on their own app (they write a year's ledger).</summary>
public sealed class LedgerApiTests : IClassFixture<ApiFixture>
{
    private const string Csv = "datum;konto;kontonamn;ansvar;verksamhet;belopp;text\n"
        + "2024-03-31;5120;El;1200;100;12 345,67;Vattenfall\n"
        + "2024-04-30;5120;El;1200;100;1 000,00;Vattenfall\n"
        + "2024-03-31;7830;Avskrivningar;1300;;5000;\n";

    private readonly ApiFixture _api;

    public LedgerApiTests(ApiFixture api) => _api = api;

    [Fact]
    public async Task Controller_imports_a_csv_and_reads_pools_and_lines_Bestallare_is_refused()
    {
        var controller = await _api.ClientFor("controller");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "huvudbok.csv");

        var created = await controller.PostAsync("/api/ledger/imports?year=2024&kind=Outcome", form);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var summary = await created.Content.ReadFromJsonAsync<JsonElement>();
        summary.GetProperty("costLineCount").GetInt32().ShouldBe(3);
        summary.GetProperty("format").GetString().ShouldBe("Csv");

        var pools = await controller.GetFromJsonAsync<JsonElement>("/api/ledger/2024/Outcome/pools");
        var el = pools.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "512|1200");
        el.GetProperty("lineCount").GetInt32().ShouldBe(2);
        el.GetProperty("amount").GetDecimal().ShouldBe(13_345.67m);
        pools.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "783|1300").GetProperty("costType").GetString().ShouldBe("Capital");

        var lines = await controller.GetFromJsonAsync<JsonElement>("/api/ledger/2024/Outcome/pools/" + Uri.EscapeDataString("512|1200") + "/lines");
        lines.EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()).ShouldBe([12_345.67m, 1_000m]);

        var bestallare = await _api.ClientFor("bestallare.karolinska");
        (await bestallare.GetAsync("/api/ledger/2024/Outcome/pools")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bestallare.PostAsync("/api/ledger/imports?year=2024&kind=Outcome&format=Csv", new ByteArrayContent(Encoding.UTF8.GetBytes(Csv)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bad_file_is_refused_whole_with_every_row_listed()
    {
        var admin = await _api.ClientFor("admin");
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("datum;konto;belopp\n2023-01-01;5120;1.5\n2023-01-02;5120;x\n"));

        var refused = await admin.PostAsync("/api/ledger/imports?year=2023&kind=Budget&format=Csv&fileName=budget.csv", body);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()).ShouldBe([2, 3]);
        var imports = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/imports");
        imports.EnumerateArray().ShouldNotContain(i => i.GetProperty("year").GetInt32() == 2023);
    }
}
