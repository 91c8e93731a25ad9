using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The price list life cycle over HTTP, with each role's view; on its own app (it adds price lists).</summary>
public sealed class PricingApiTests : IClassFixture<ApiFixture>
{
    private readonly ApiFixture _api;

    public PricingApiTests(ApiFixture api) => _api = api;

    [Fact]
    public async Task Controller_drafts_and_decides_customers_see_it_only_when_published_and_decided_list_refuses_edits_with_409()
    {
        var controller = await _api.ClientFor("controller");
        var handlaggare = await _api.ClientFor("handlaggare");
        var bestallare = await _api.ClientFor("bestallare.karolinska");

        (await handlaggare.PostAsJsonAsync("/api/pricing/price-lists", new { year = 2031 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var created = await controller.PostAsJsonAsync("/api/pricing/price-lists", new { year = 2031, resultRequirementPercent = 2 });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await controller.PutAsJsonAsync($"/api/pricing/price-lists/{id}/result-requirement", new { percent = 3 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var list = await controller.GetFromJsonAsync<JsonElement>($"/api/pricing/price-lists/{id}", ApiFixture.Json);
        list.GetProperty("summary").GetProperty("resultRequirementPercent").GetDecimal().ShouldBe(3m);
        list.GetProperty("services").GetArrayLength().ShouldBeGreaterThan(0);
        (await handlaggare.GetAsync($"/api/pricing/price-lists/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft is the controllers' own");

        var noDiarienummer = await controller.PostAsJsonAsync($"/api/pricing/price-lists/{id}/decision", new { diarienummer = "", decisionDate = "2030-11-20", decidedBy = "Servicenämnden", effectiveFrom = "2031-01-01" });
        noDiarienummer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noDiarienummer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("diarienummer", out _).ShouldBeTrue();
        var decided = await controller.PostAsJsonAsync($"/api/pricing/price-lists/{id}/decision", new { diarienummer = "FSN 2030/0777", decisionDate = "2030-11-20", decidedBy = "Servicenämnden", effectiveFrom = "2031-01-01" });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await controller.PutAsJsonAsync($"/api/pricing/price-lists/{id}/result-requirement", new { percent = 9 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await controller.DeleteAsync($"/api/pricing/price-lists/{id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await handlaggare.GetAsync($"/api/pricing/price-lists/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bestallare.GetAsync($"/api/pricing/price-lists/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not published yet");

        (await bestallare.PostAsync($"/api/pricing/price-lists/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await controller.PostAsync($"/api/pricing/price-lists/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var seen = await bestallare.GetFromJsonAsync<JsonElement>($"/api/pricing/price-lists/{id}", ApiFixture.Json);
        seen.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("customerName").GetString()).Distinct().ShouldBe(["Karolinska Universitetssjukhuset"]);

        var export = await bestallare.GetAsync($"/api/pricing/price-lists/{id}/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await controller.GetAsync("/api/pricing/indicative/2031")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var whatIf = await controller.PostAsJsonAsync("/api/pricing/what-if", new { priceListId = id, resultRequirementPercent = 0 });
        whatIf.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
