using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The year-end result over the demo's billed months, and who may see it and decide refunds.</summary>
[Collection(ApiCollection.Name)]
public sealed class YearEndApiTests(ApiFixture api)
{
    [Fact]
    public async Task The_controller_sees_every_area_with_what_was_charged_and_the_result_requirement()
    {
        var client = await api.ClientFor("controller");

        var result = await client.GetFromJsonAsync<JsonElement>("/api/results/2026");

        result.GetProperty("resultRequirementPercent").GetDecimal().ShouldBe(2m);
        var areas = result.GetProperty("areas").EnumerateArray().ToList();
        areas.Select(a => a.GetProperty("areaName").GetString()).ShouldContain("Grundläggande it");
        areas.ShouldAllBe(a => a.GetProperty("revenue").GetDecimal() > 0);
        result.GetProperty("total").GetProperty("revenue").GetDecimal().ShouldBe(areas.Sum(a => a.GetProperty("revenue").GetDecimal()));
        result.GetProperty("sources").GetProperty("costMonths").GetInt32().ShouldBe(10);
    }

    [Fact]
    public async Task Each_billed_month_has_its_own_self_cost_from_the_ledger_and_the_months_add_up_to_the_year()
    {
        var client = await api.ClientFor("controller");

        var result = await client.GetFromJsonAsync<JsonElement>("/api/results/2026");

        var months = result.GetProperty("months").EnumerateArray().ToList();
        months.Select(m => m.GetProperty("period").GetString()).ShouldBe(Enumerable.Range(1, 10).Select(m => $"2026-{m:00}"));
        var costs = months.Select(m => m.GetProperty("total").GetProperty("cost").GetDecimal()).ToList();
        costs.Sum().ShouldBe(result.GetProperty("total").GetProperty("cost").GetDecimal());
        costs.Distinct().Count().ShouldBeGreaterThan(1, "the demo ledger books invoices on random days, so months differ");
        foreach (var month in months)
        {
            var total = month.GetProperty("total");
            total.GetProperty("resultBeforeRefunds").GetDecimal().ShouldBe(total.GetProperty("revenue").GetDecimal() - total.GetProperty("cost").GetDecimal());
            month.GetProperty("areas").EnumerateArray().Sum(a => a.GetProperty("cost").GetDecimal()).ShouldBe(total.GetProperty("cost").GetDecimal());
        }
    }

    [Fact]
    public async Task A_refund_preview_splits_the_amount_over_the_areas_customers_to_the_ore()
    {
        var client = await api.ClientFor("controller");
        var area = (await client.GetFromJsonAsync<JsonElement>("/api/results/2026")).GetProperty("areas")[0].GetProperty("areaCode").GetString();

        var preview = await client.GetFromJsonAsync<JsonElement>($"/api/results/2026/refunds/preview?area={area}&amount=1000000");

        var shares = preview.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("amount").GetDecimal()).ToList();
        shares.Count.ShouldBeGreaterThan(1);
        shares.Sum().ShouldBe(1_000_000m);
    }

    [Theory]
    [InlineData("bestallare.karolinska")]
    [InlineData("handlaggare")]
    public async Task Customers_and_agents_may_not_see_the_result_or_decide_refunds(string user)
    {
        var client = await api.ClientFor(user);

        (await client.GetAsync("/api/results/2026")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var decide = await client.PostAsJsonAsync("/api/results/2026/refunds", new { areaCode = "it", amount = 1m, diarienummer = "X", decisionDate = "2026-11-01", decidedBy = "X", bookIn = "2026-11" });
        decide.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
