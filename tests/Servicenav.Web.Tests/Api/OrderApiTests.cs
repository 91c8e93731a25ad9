using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>
/// Standard orders over the API on the demo: an employee orders an access right, the customer's Beställare approves it,
/// it is fulfilled at once and its usage row is there for the controller — and another customer's Beställare sees none of it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OrderApiTests(ApiFixture api)
{
    private const string Access = "identitet_behorighet_ad";

    [Fact]
    public async Task An_access_order_is_approved_by_the_customers_orderer_fulfilled_and_charged_once_and_other_customers_get_404()
    {
        var employee = await api.ClientFor("medarbetare.karolinska");
        var form = await employee.GetFromJsonAsync<JsonElement>($"/api/order-forms/{Access}");
        form.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ShouldBe(["system", "roll", "motivering"]);

        var bad = await employee.PostAsJsonAsync("/api/orders", new { serviceCode = Access, answers = new { system = "Cosmic", roll = "" } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["answers.motivering", "answers.roll", "answers.system"]);

        var response = await employee.PostAsJsonAsync("/api/orders", new
        {
            serviceCode = Access, answers = new { system = "Heroma", roll = "Chef", motivering = "Attesterar ledighet för min enhet. " + Guid.NewGuid() },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var submitted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var orderId = submitted.GetProperty("orderId").GetString()!;
        var number = submitted.GetProperty("caseNumber").GetString()!;
        response.Headers.Location!.ToString().ShouldBe($"/api/orders/{orderId}");
        submitted.GetProperty("approvalState").GetString().ShouldBe("Pending");

        var outsider = await api.ClientFor("bestallare.sos");
        (await outsider.GetAsync($"/api/orders/{number}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsync($"/api/orders/{orderId}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetFromJsonAsync<JsonElement>("/api/orders/to-approve")).EnumerateArray()
            .ShouldNotContain(o => o.GetProperty("caseNumber").GetString() == number);
        (await employee.PostAsync($"/api/orders/{orderId}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var orderer = await api.ClientFor("bestallare.karolinska");
        (await orderer.GetFromJsonAsync<JsonElement>("/api/orders/to-approve")).EnumerateArray()
            .ShouldContain(o => o.GetProperty("caseNumber").GetString() == number);
        var approve = await orderer.PostAsync($"/api/orders/{orderId}/approve", null);
        approve.StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await approve.Content.ReadFromJsonAsync<JsonElement>();
        approved.GetProperty("fulfilmentState").GetString().ShouldBe("Fulfilled");
        approved.GetProperty("caseStatus").GetString().ShouldBe("Solved");
        var period = approved.GetProperty("usagePeriod").GetString()!;

        var controller = await api.ClientFor("controller");
        var usage = await controller.GetFromJsonAsync<JsonElement>($"/api/usage/records?period={period}&service={Access}&take=5000");
        var rows = usage.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("sourceReference").GetString() == $"order:{number}").ToList();
        var row = rows.ShouldHaveSingleItem();
        (row.GetProperty("customerName").GetString(), row.GetProperty("quantity").GetDecimal(), row.GetProperty("unit").GetString())
            .ShouldBe(("Karolinska Universitetssjukhuset", 1m, "st"));

        var agent = await api.ClientFor("handlaggare");
        (await agent.PostAsync($"/api/orders/{orderId}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "a fulfilled order is not fulfilled again");
        var register = await agent.GetFromJsonAsync<JsonElement>($"/api/orders/register?serviceCode={Access}");
        register.EnumerateArray().Count(e => e.GetProperty("caseNumber").GetString() == number).ShouldBe(1);
    }
}
