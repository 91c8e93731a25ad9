using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Orderers, organisation units and local contracts: add, change and remove over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class CustomerPartsApiTests(ApiFixture api)
{
    [Fact]
    public async Task Orderer_is_added_changed_and_removed()
    {
        var client = await api.ClientFor("controller");
        var id = await api.CustomerId("Film Stockholm AB");

        var added = await Read(await client.PostAsJsonAsync($"/api/customers/{id}/orderers", new { name = "Olle Ordrare", email = "olle@film.example.se" }));
        var orderer = added.GetProperty("orderers").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Olle Ordrare").GetProperty("id").GetGuid();

        var changed = await Read(await client.PutAsJsonAsync($"/api/customers/{id}/orderers/{orderer}", new { name = "Olle Ordrare", email = "olle@film.example.se", title = "Producent" }));
        changed.GetProperty("orderers").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == orderer).GetProperty("title").GetString().ShouldBe("Producent");

        var removed = await Read(await client.DeleteAsync($"/api/customers/{id}/orderers/{orderer}"));
        removed.GetProperty("orderers").EnumerateArray().ShouldNotContain(o => o.GetProperty("id").GetGuid() == orderer);
        (await client.DeleteAsync($"/api/customers/{id}/orderers/{orderer}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unit_tree_refuses_removing_a_unit_with_subunits_with_409()
    {
        var client = await api.ClientFor("admin");
        var id = await api.CustomerId("Tobiasregistret AB");
        var parent = (await Read(await client.PostAsJsonAsync($"/api/customers/{id}/units", new { name = "Registret" })))
            .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Registret").GetProperty("id").GetGuid();
        var tree = await Read(await client.PostAsJsonAsync($"/api/customers/{id}/units", new { name = "Laboratoriet", parentId = parent }));
        tree.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Laboratoriet").GetProperty("depth").GetInt32().ShouldBe(1);

        (await client.DeleteAsync($"/api/customers/{id}/units/{parent}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Contract_must_cover_a_service_in_the_catalogue_and_shows_as_blocking()
    {
        var client = await api.ClientFor("controller");
        var id = await api.CustomerId("MediCarrier AB");

        var unknown = await client.PostAsJsonAsync($"/api/customers/{id}/contracts", new { supplier = "Lokal leverantör", serviceCode = "finns_inte", endDate = "2029-06-30" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("serviceCode", out _).ShouldBeTrue();

        var added = await Read(await client.PostAsJsonAsync($"/api/customers/{id}/contracts", new { supplier = "Lokal leverantör", serviceCode = "it_arbetsplats", endDate = "2029-06-30" }));
        var contract = added.GetProperty("contracts").EnumerateArray().Single();
        contract.GetProperty("serviceName").GetString().ShouldBe("It-arbetsplats");
        contract.GetProperty("blocksJoining").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_customer_user_cannot_change_its_own_parts()
    {
        var client = await api.ClientFor("bestallare.karolinska");
        var own = await api.CustomerId("Karolinska Universitetssjukhuset");
        (await client.PostAsJsonAsync($"/api/customers/{own}/orderers", new { name = "Ny", email = "ny@example.se" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
