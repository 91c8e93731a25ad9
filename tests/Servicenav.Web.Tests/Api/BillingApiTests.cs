using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>/api/billing: who may run, close and export a month and who sees which invoices.</summary>
[Collection(ApiCollection.Name)]
public sealed class BillingApiTests(ApiFixture api)
{
    [Theory]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("controller", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("agare", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("handlaggare", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("bestallare.karolinska", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("medarbetare.sos", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Billing_months_are_for_charging_managers_and_invoices_for_charging_readers(string user, HttpStatusCode periods, HttpStatusCode invoices)
    {
        var client = await api.ClientFor(user);

        (await client.GetAsync("/api/billing/periods?year=2026")).StatusCode.ShouldBe(periods);
        (await client.GetAsync("/api/billing/invoices")).StatusCode.ShouldBe(invoices);
        (await client.GetAsync("/api/billing/periods/2026-03/export?format=Sie")).StatusCode.ShouldBe(periods);
    }

    [Fact]
    public async Task Months_list_all_twelve_with_the_demos_closed_billed_and_open_months()
    {
        var client = await api.ClientFor("controller");

        var months = await client.GetFromJsonAsync<JsonElement>("/api/billing/periods?year=2026", ApiFixture.Json);

        months.GetArrayLength().ShouldBe(12);
        months[2].GetProperty("period").GetString().ShouldBe("2026-03");
        months[2].GetProperty("status").GetString().ShouldBe("Closed");
        months[9].GetProperty("status").GetString().ShouldBe("Open");
        months[9].GetProperty("invoiceCount").GetInt32().ShouldBeGreaterThan(0);
        months[11].GetProperty("status").GetString().ShouldBe("Open");
        months[11].GetProperty("invoiceCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Run_without_a_decided_price_list_is_409_with_a_swedish_reason()
    {
        var client = await api.ClientFor("controller");

        // The demo's first decided price list takes effect 2026-01-01; a list stays in force until superseded.
        var response = await client.PostAsync("/api/billing/periods/2025-03/run", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ingen beslutad prislista");
        (await (await api.ClientFor("bestallare.karolinska")).PostAsync("/api/billing/periods/2025-03/run", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_period_that_is_not_yyyy_mm_is_400_naming_the_field()
    {
        var client = await api.ClientFor("controller");

        var response = await client.PostAsync("/api/billing/periods/mars/run", null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("period");
    }

    [Fact]
    public async Task Sie_export_is_a_pc8_file()
    {
        var client = await api.ClientFor("controller");

        var response = await client.GetAsync("/api/billing/periods/2026-03/export?format=Sie");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain("internfakturor-2026-03.si");
        var text = Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("#FORMAT PC8");
        text.ShouldContain("#VER"); // the demo billed March: one voucher per internal invoice
    }
}
