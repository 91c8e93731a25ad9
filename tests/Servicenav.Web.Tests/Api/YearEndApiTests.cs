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
