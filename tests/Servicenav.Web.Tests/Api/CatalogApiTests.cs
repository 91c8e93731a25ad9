using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The catalogue life cycle over HTTP, on its own app (it changes the catalogue).</summary>
public sealed class CatalogApiTests : IClassFixture<ApiFixture>
{
    private readonly ApiFixture _api;

    public CatalogApiTests(ApiFixture api) => _api = api;

    [Fact]
    public async Task Draft_decide_then_decided_version_refuses_edits_with_409()
    {
        var admin = await _api.ClientFor("admin");
        var number = await DraftNumber(admin);
        (await admin.PostAsync("/api/catalog/versions", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "only one draft at a time");

        var service = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/services/telefoniplattform?version={number}");
        var edit = ServiceBody(service, availability: 99.99m);
        (await admin.PutAsJsonAsync($"/api/catalog/versions/{number}/services/telefoniplattform", edit)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var noDiarienummer = await admin.PostAsJsonAsync($"/api/catalog/versions/{number}/decision", new { diarienummer = "", decisionDate = "2026-11-20", decidedBy = "Servicenämnden", effectiveFrom = "2026-11-21" });
        noDiarienummer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noDiarienummer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("diarienummer", out _).ShouldBeTrue();

        var decided = await admin.PostAsJsonAsync($"/api/catalog/versions/{number}/decision", new { diarienummer = "FSN 2026/0042", decisionDate = "2026-11-20", decidedBy = "Servicenämnden", effectiveFrom = "2026-11-21" });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK);

        var current = await admin.GetFromJsonAsync<JsonElement>("/api/catalog/services/telefoniplattform");
        current.GetProperty("levels").GetProperty("availabilityTargetPercent").GetDecimal().ShouldBe(99.99m);
        current.GetProperty("decision").GetProperty("diarienummer").GetString().ShouldBe("FSN 2026/0042");

        var refused = await admin.PutAsJsonAsync($"/api/catalog/versions/{number}/services/telefoniplattform", ServiceBody(service, availability: 50m));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/catalog/versions/{number}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var diff = await admin.GetFromJsonAsync<JsonElement>($"/api/catalog/versions/1/compare/{number}");
        var change = diff.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "telefoniplattform");
        change.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ShouldBe(["availability"]);
    }

    [Fact]
    public async Task Service_with_bad_levels_or_duplicate_code_is_refused_per_field()
    {
        var admin = await _api.ClientFor("admin");
        var number = await DraftNumber(admin);

        var response = await admin.PostAsJsonAsync($"/api/catalog/versions/{number}/services", new
        {
            code = "it_arbetsplats",
            name = "",
            areaCode = "grundlaggande-it",
            description = "Dubblett",
            ownerName = "Tjänsteägare",
            availabilityTargetPercent = 150,
            p1ResponseHours = -1,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("availabilityTargetPercent", out _).ShouldBeTrue();
        errors.TryGetProperty("p1ResponseHours", out _).ShouldBeTrue();

        var duplicate = await admin.PostAsJsonAsync($"/api/catalog/versions/{number}/services", new
        {
            code = "it_arbetsplats", name = "Dubblett", areaCode = "grundlaggande-it", description = "Dubblett", ownerName = "Tjänsteägare",
        });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("code")[0].GetString()!.ShouldContain("it_arbetsplats");
    }

    [Fact]
    public async Task Service_owner_may_edit_own_service_but_not_anothers()
    {
        var admin = await _api.ClientFor("admin");
        var number = await DraftNumber(admin);
        var owner = await _api.ClientFor("agare");

        var own = await owner.GetFromJsonAsync<JsonElement>($"/api/catalog/services/it_arbetsplats?version={number}");
        (await owner.PutAsJsonAsync($"/api/catalog/versions/{number}/services/it_arbetsplats", ServiceBody(own, availability: 99.6m))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var others = await owner.GetFromJsonAsync<JsonElement>($"/api/catalog/services/loneadministration?version={number}");
        (await owner.PutAsJsonAsync($"/api/catalog/versions/{number}/services/loneadministration", ServiceBody(others, availability: 99m))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.PostAsJsonAsync($"/api/catalog/versions/{number}/decision", new { diarienummer = "X 1", decisionDate = "2026-11-20", decidedBy = "X", effectiveFrom = "2026-11-21" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>The open draft, started if there is none (tests in this class share one app).</summary>
    private static async Task<int> DraftNumber(HttpClient admin)
    {
        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/catalog/versions");
        var draft = versions.EnumerateArray().FirstOrDefault(v => v.GetProperty("status").GetString() == "Draft");
        if (draft.ValueKind != JsonValueKind.Undefined)
        {
            return draft.GetProperty("number").GetInt32();
        }

        var created = await admin.PostAsync("/api/catalog/versions", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();
    }

    private static Dictionary<string, object?> ServiceBody(JsonElement s, decimal availability)
    {
        var levels = s.GetProperty("levels");
        decimal? Hours(string p, string kind) => levels.GetProperty(p).GetProperty(kind) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
        return new Dictionary<string, object?>
        {
            ["name"] = s.GetProperty("name").GetString(),
            ["areaCode"] = s.GetProperty("areaCode").GetString(),
            ["description"] = s.GetProperty("description").GetString(),
            ["included"] = s.GetProperty("included").EnumerateArray().Select(i => i.GetString()).ToList(),
            ["notIncluded"] = s.GetProperty("notIncluded").EnumerateArray().Select(i => i.GetString()).ToList(),
            ["sharing"] = s.GetProperty("sharing").GetString(),
            ["priceModel"] = s.GetProperty("priceModel").GetString(),
            ["ownerUserId"] = s.GetProperty("ownerUserId").ValueKind == JsonValueKind.Null ? null : s.GetProperty("ownerUserId").GetGuid(),
            ["ownerName"] = s.GetProperty("ownerName").GetString(),
            ["openingHours"] = levels.GetProperty("openingHours").GetString(),
            ["availabilityTargetPercent"] = availability,
            ["p1ResponseHours"] = Hours("p1", "responseHours"),
            ["p1ResolutionHours"] = Hours("p1", "resolutionHours"),
            ["p2ResponseHours"] = Hours("p2", "responseHours"),
            ["p2ResolutionHours"] = Hours("p2", "resolutionHours"),
            ["p3ResponseHours"] = Hours("p3", "responseHours"),
            ["p3ResolutionHours"] = Hours("p3", "resolutionHours"),
            ["p4ResponseHours"] = Hours("p4", "responseHours"),
            ["p4ResolutionHours"] = Hours("p4", "resolutionHours"),
        };
    }
}
