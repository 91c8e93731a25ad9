using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Cases over the API: raised by an employee, worked by the IT group, and invisible to other customers on every route.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaseApiTests(ApiFixture api)
{
    private async Task<(string Id, string Number)> Raise(string subject)
    {
        var employee = await api.ClientFor("medarbetare.karolinska");
        var response = await employee.PostAsJsonAsync("/api/cases", new
        {
            type = "FaultReport", subject, description = "Skärmen är svart.", serviceCode = "it_arbetsplats", urgency = "High",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/cases/{created.GetProperty("id").GetString()}");
        return (created.GetProperty("id").GetString()!, created.GetProperty("number").GetString()!);
    }

    [Fact]
    public async Task An_employee_raises_a_case_and_the_it_group_answers_it()
    {
        var (id, number) = await Raise("Svart skärm " + Guid.NewGuid());
        number.ShouldStartWith("KT-");

        var agent = await api.ClientFor("agare");
        var reply = await agent.PostAsJsonAsync($"/api/cases/{id}/messages", new { text = "Starta om dockningsstationen.", nextStatus = "WaitingForRequester" });
        reply.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("status").GetString().ShouldBe("WaitingForRequester");

        var employee = await api.ClientFor("medarbetare.karolinska");
        var seen = await employee.GetFromJsonAsync<JsonElement>($"/api/cases/{number}");
        seen.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldContain("PublicReply");
        seen.GetProperty("requester").ValueKind.ShouldBe(JsonValueKind.Null);

        var clocks = await employee.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/sla");
        clocks.EnumerateArray().Select(c => c.GetProperty("clock").GetString()).ShouldBe(["Response", "Resolution"], "the requester sees the promise, not the group's internal targets");
        var agentClocks = await agent.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/sla");
        agentClocks.EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "Resolution").GetProperty("status").GetString().ShouldBe("Paused");
    }

    [Theory]
    [InlineData("medarbetare.sos")]
    [InlineData("bestallare.sos")]
    public async Task Another_customers_case_is_404_on_every_route(string outsider)
    {
        var subject = "Hemlig " + Guid.NewGuid();
        var (id, number) = await Raise(subject);
        var client = await api.ClientFor(outsider);

        foreach (var url in new[] { $"/api/cases/{id}", $"/api/cases/{number}" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(subject);
        }

        foreach (var search in new[] { number, subject })
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/cases?state=Any&search={Uri.EscapeDataString(search)}");
            list.GetProperty("total").GetInt32().ShouldBe(0);
        }

        var export = await client.GetAsync($"/api/cases/export?format=Csv&state=Any&search={Uri.EscapeDataString(subject)}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsStringAsync()).ShouldNotContain(number, customMessage: "the export holds only what the list holds");

        (await client.PostAsJsonAsync($"/api/cases/{id}/messages", new { text = "Hej" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync($"/api/cases/{id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync($"/api/cases/{id}/reopen", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/servicedesk/contacts?query=Kalle")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/servicedesk/outbox?includePending=true")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the outbox holds requesters' mail");
        (await client.PostAsync($"/api/servicedesk/outbox/{Guid.NewGuid()}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var orderer = await api.ClientFor("bestallare.karolinska");
        (await orderer.GetAsync($"/api/cases/{number}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the customer's own orderer sees it");
        (await orderer.GetStringAsync($"/api/cases/export?format=Csv&state=Any&search={Uri.EscapeDataString(subject)}")).ShouldContain(number);
    }

    [Fact]
    public async Task A_transition_the_flow_does_not_allow_is_409_with_the_reason()
    {
        var (id, _) = await Raise("Flöde " + Guid.NewGuid());
        var agent = await api.ClientFor("agare");

        var response = await agent.PostAsJsonAsync($"/api/cases/{id}/status", new { status = "Closed" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("kan inte gå från");
    }
}
