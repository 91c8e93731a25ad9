using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Problem records over the API: staff register and work them, the requester's side never reaches them, and linking needs a case the agent may see.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemApiTests(ApiFixture api)
{
    private async Task<(string Id, string Number)> Raise(string subject, string serviceCode = "it_arbetsplats")
    {
        var employee = await api.ClientFor("medarbetare.karolinska");
        var response = await employee.PostAsJsonAsync("/api/cases", new
        {
            type = "FaultReport", subject, description = "Samma fel igen.", serviceCode, urgency = "Medium",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetString()!, created.GetProperty("number").GetString()!);
    }

    private async Task<Guid> GroupId(string name)
    {
        var groups = await (await api.ClientFor("agare")).GetFromJsonAsync<JsonElement>("/api/servicedesk/groups");
        return groups.EnumerateArray().Single(g => g.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private async Task<(string Id, string Number)> Register(string title)
    {
        var owner = await api.ClientFor("agare");
        var response = await owner.PostAsJsonAsync("/api/servicedesk/problems", new
        {
            title, description = "Flera anmälningar om samma sak.", ownerGroupId = await GroupId("It-support"), serviceCodes = new[] { "it_arbetsplats" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("number").GetString()!;
        response.Headers.Location!.ToString().ShouldBe($"/api/servicedesk/problems/{number}");
        return (created.GetProperty("id").GetString()!, number);
    }

    [Fact]
    public async Task The_service_owner_registers_a_problem_links_a_case_and_makes_it_a_known_error_with_a_workaround()
    {
        var (caseId, caseNumber) = await Raise("Dockan tappar skärmen " + Guid.NewGuid());
        var (problemId, problemNumber) = await Register("Dockor tappar extern skärm " + Guid.NewGuid().ToString("N")[..6]);
        problemNumber.ShouldMatch(@"^PR-\d{4}-\d{4}$");
        var owner = await api.ClientFor("agare");

        var link = await owner.PostAsJsonAsync($"/api/servicedesk/problems/for-case/{caseId}", new { problem = problemNumber });
        link.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("linked").GetProperty("number").GetString().ShouldBe(problemNumber);

        (await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status", new { status = "UnderInvestigation" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var known = await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status",
            new { status = "KnownError", workaround = "Koppla ur dockan och sätt i den igen." });
        known.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = await known.Content.ReadFromJsonAsync<JsonElement>();
        details.GetProperty("summary").GetProperty("status").GetString().ShouldBe("KnownError");
        details.GetProperty("workaround").GetString().ShouldBe("Koppla ur dockan och sätt i den igen.");
        details.GetProperty("linkedCases").EnumerateArray().Select(c => c.GetProperty("number").GetString()).ShouldBe([caseNumber]);

        var onCase = await owner.GetFromJsonAsync<JsonElement>($"/api/servicedesk/problems/for-case/{caseId}");
        onCase.GetProperty("linked").GetProperty("workaround").GetString().ShouldBe("Koppla ur dockan och sätt i den igen.");
        var history = await owner.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        history.GetProperty("events").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "ProblemLinked" && e.GetProperty("to").GetString() == problemNumber);
        var listed = await owner.GetFromJsonAsync<JsonElement>($"/api/servicedesk/problems?search={problemNumber}");
        listed.EnumerateArray().Single().GetProperty("linkedCases").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_known_error_without_a_workaround_is_refused()
    {
        var (problemId, _) = await Register("Utan lösning " + Guid.NewGuid().ToString("N")[..6]);
        var owner = await api.ClientFor("agare");
        (await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status", new { status = "UnderInvestigation" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status", new { status = "KnownError" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("tillfällig lösning");
        (await owner.GetFromJsonAsync<JsonElement>($"/api/servicedesk/problems/{problemId}")).GetProperty("summary").GetProperty("status").GetString().ShouldBe("UnderInvestigation");
    }

    [Theory]
    [InlineData("medarbetare.karolinska")]
    [InlineData("bestallare.karolinska")]
    public async Task The_requesters_side_is_refused_on_every_problem_route_and_never_sees_the_problem_through_the_case(string requesterSide)
    {
        var (caseId, caseNumber) = await Raise("Kopplat till problem " + Guid.NewGuid());
        var title = "Internt problem " + Guid.NewGuid().ToString("N")[..6];
        var (problemId, problemNumber) = await Register(title);
        var owner = await api.ClientFor("agare");
        (await owner.PostAsJsonAsync($"/api/servicedesk/problems/for-case/{caseId}", new { problem = problemNumber })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status", new { status = "UnderInvestigation" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status", new { status = "KnownError", workaround = "Hemlig lösning" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var added = await owner.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/actions", new { text = "Byt firmware", responsible = "Tove" });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var actionId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actions").EnumerateArray().Single().GetProperty("id").GetString();
        var client = await api.ClientFor(requesterSide);

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["list"] = await client.GetAsync("/api/servicedesk/problems?state=All"),
            ["recurring"] = await client.GetAsync("/api/servicedesk/problems/recurring-causes"),
            ["create"] = await client.PostAsJsonAsync("/api/servicedesk/problems", new { title = "Eget", ownerGroupId = await GroupId("It-support") }),
            ["get by number"] = await client.GetAsync($"/api/servicedesk/problems/{problemNumber}"),
            ["get by id"] = await client.GetAsync($"/api/servicedesk/problems/{problemId}"),
            ["status"] = await client.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/status", new { status = "Solved" }),
            ["follow-up"] = await client.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/follow-up", new { note = "Hej" }),
            ["action"] = await client.PostAsJsonAsync($"/api/servicedesk/problems/{problemId}/actions", new { text = "Gör", responsible = "Jag" }),
            ["action done"] = await client.PostAsync($"/api/servicedesk/problems/{problemId}/actions/{actionId}/done", null),
            ["for case"] = await client.GetAsync($"/api/servicedesk/problems/for-case/{caseId}"),
            ["link"] = await client.PostAsJsonAsync($"/api/servicedesk/problems/for-case/{caseId}", new { problem = problemNumber }),
        };

        foreach (var (route, response) in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, route);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain(title, Case.Sensitive, route);
            body.ShouldNotContain("Hemlig lösning", Case.Sensitive, route);
        }

        foreach (var url in new[] { $"/api/cases/{caseId}", $"/api/cases/{caseNumber}" })
        {
            var seen = await client.GetAsync(url);
            seen.StatusCode.ShouldBe(HttpStatusCode.OK, "the requester's side sees its own case");
            var body = await seen.Content.ReadAsStringAsync();
            body.ShouldNotContain(problemNumber);
            body.ShouldNotContain(title);
            body.ShouldNotContain("Hemlig lösning");
            body.ShouldNotContain("ProblemLinked");
        }

        var problem = await owner.GetFromJsonAsync<JsonElement>($"/api/servicedesk/problems/{problemId}");
        problem.GetProperty("summary").GetProperty("status").GetString().ShouldBe("KnownError", "nothing the requester's side sent changed it");
        problem.GetProperty("actions").EnumerateArray().Single().GetProperty("doneAtUtc").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_agent_outside_the_cases_groups_cannot_link_it()
    {
        var (payrollCaseId, _) = await Raise("Fel lön " + Guid.NewGuid(), serviceCode: "loneadministration");
        var (problemId, problemNumber) = await Register("Lönefel " + Guid.NewGuid().ToString("N")[..6]);
        var itOwner = await api.ClientFor("agare");

        var link = await itOwner.PostAsJsonAsync($"/api/servicedesk/problems/for-case/{payrollCaseId}", new { problem = problemNumber });

        link.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the payroll group's case is outside It-support's queue");
        (await itOwner.GetAsync($"/api/servicedesk/problems/for-case/{payrollCaseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await itOwner.GetFromJsonAsync<JsonElement>($"/api/servicedesk/problems/{problemId}");
        problem.GetProperty("linkedCases").GetArrayLength().ShouldBe(0);
        problem.GetProperty("linkedCasesNotShown").GetInt32().ShouldBe(0);

        var firstLine = await api.ClientFor("handlaggare");
        (await firstLine.PostAsJsonAsync($"/api/servicedesk/problems/for-case/{payrollCaseId}", new { problem = problemNumber }))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "first line sees every case and may link it");
    }
}
