using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The end-user survey over the API: answered anonymously by its token, once; results scoped to the reader's customer.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class SurveyApiTests(ApiFixture api)
{
    /// <summary>An employee's case, solved by the IT group; its survey token as the agent sees it in the case history.</summary>
    private async Task<(string Number, string Token)> SolvedCase(string subject)
    {
        var employee = await api.ClientFor("medarbetare.karolinska");
        var created = await (await employee.PostAsJsonAsync("/api/cases", new
        {
            type = "Order", subject, description = "En extra skärm till expeditionen.", serviceCode = "it_arbetsplats",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var (id, number) = (created.GetProperty("id").GetString(), created.GetProperty("number").GetString()!);
        var agent = await api.ClientFor("agare");
        (await agent.PostAsJsonAsync($"/api/cases/{id}/solve", new { solution = "Visade hur." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = await agent.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
        var link = history.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "SurveySent").GetProperty("to").GetString()!;
        return (number, TokenPattern().Match(link).Groups[1].Value);
    }

    [Fact]
    public async Task A_survey_is_answered_without_signing_in_and_a_second_answer_is_409_with_the_first_kept()
    {
        var subject = "Skärmfråga " + Guid.NewGuid().ToString("N")[..6];
        var (number, token) = await SolvedCase(subject);
        var anonymous = api.Anonymous();

        var open = await anonymous.GetFromJsonAsync<JsonElement>($"/api/surveys/{token}");
        (open.GetProperty("caseNumber").GetString(), open.GetProperty("subject").GetString(), open.GetProperty("state").GetString())
            .ShouldBe((number, subject, "Open"));

        var first = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { solved = true, treatment = 4, comment = "Tydligt svar." });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("Answered");

        var second = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { solved = false, treatment = 1 });
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("Enkäten är redan besvarad");
        var kept = await anonymous.GetFromJsonAsync<JsonElement>($"/api/surveys/{token}");
        (kept.GetProperty("treatment").GetInt32(), kept.GetProperty("comment").GetString()).ShouldBe((4, "Tydligt svar."));
    }

    [Fact]
    public async Task An_unknown_link_is_404_and_a_bad_answer_is_400_per_field()
    {
        var anonymous = api.Anonymous();
        (await anonymous.GetAsync("/api/surveys/" + new string('a', 43))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.PostAsJsonAsync("/api/surveys/" + new string('a', 43), new { solved = true, treatment = 3 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (_, token) = await SolvedCase("Felaktigt svar " + Guid.NewGuid().ToString("N")[..6]);
        var bad = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { treatment = 9 });

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["solved", "treatment"]);
    }

    [Fact]
    public async Task Results_are_for_staff_and_the_customers_orderer_sees_only_its_own()
    {
        var (_, token) = await SolvedCase("Resultat " + Guid.NewGuid().ToString("N")[..6]);
        (await api.Anonymous().PostAsJsonAsync($"/api/surveys/{token}", new { solved = true, treatment = 5 })).EnsureSuccessStatusCode();

        var staff = await (await api.ClientFor("controller")).GetFromJsonAsync<JsonElement>("/api/surveys/results");
        staff.GetProperty("byCustomer").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("Karolinska Universitetssjukhuset");
        staff.GetProperty("total").GetProperty("answered").GetInt32().ShouldBeGreaterThan(0);

        var sos = await (await api.ClientFor("bestallare.sos")).GetFromJsonAsync<JsonElement>("/api/surveys/results");
        sos.GetProperty("byCustomer").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldAllBe(n => n == "Södersjukhuset AB");
        sos.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("customerName").GetString()).ShouldAllBe(n => n == "Södersjukhuset AB");

        (await (await api.ClientFor("medarbetare.karolinska")).GetAsync("/api/surveys/results")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Anonymous().GetAsync("/api/surveys/results")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var export = await (await api.ClientFor("controller")).GetAsync("/api/surveys/results/export?format=Xlsx");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [GeneratedRegex("/enkat/([A-Za-z0-9_-]{43})")]
    private static partial Regex TokenPattern();
}
