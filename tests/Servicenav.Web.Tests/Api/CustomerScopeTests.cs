using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>A customer's users never see another customer's customer-specific data, and not even that it exists.</summary>
[Collection(ApiCollection.Name)]
public sealed class CustomerScopeTests(ApiFixture api)
{
    [Theory]
    [InlineData("bestallare.karolinska", "Södersjukhuset AB")]
    [InlineData("medarbetare.karolinska", "Södersjukhuset AB")]
    [InlineData("bestallare.sos", "Karolinska Universitetssjukhuset")]
    [InlineData("medarbetare.sos", "Karolinska Universitetssjukhuset")]
    public async Task Another_customers_record_is_404(string user, string otherCustomer)
    {
        var client = await api.ClientFor(user);
        var response = await client.GetAsync($"/api/customers/{await api.CustomerId(otherCustomer)}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(otherCustomer);
    }

    [Fact]
    public async Task An_unknown_id_looks_the_same_as_another_customers()
    {
        var client = await api.ClientFor("bestallare.karolinska");
        var unknown = await client.GetAsync($"/api/customers/{Guid.NewGuid()}");
        var other = await client.GetAsync($"/api/customers/{await api.CustomerId("Södersjukhuset AB")}");
        other.StatusCode.ShouldBe(unknown.StatusCode);
        (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()
            .ShouldBe((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Orderer_sees_own_customer_with_its_account_string_and_no_other()
    {
        var client = await api.ClientFor("bestallare.karolinska");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/customers");
        list.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Karolinska Universitetssjukhuset"]);

        var own = await client.GetFromJsonAsync<JsonElement>($"/api/customers/{await api.CustomerId("Karolinska Universitetssjukhuset")}");
        own.GetProperty("accountString").GetProperty("ansvar").GetString().ShouldNotBeNullOrEmpty();
        own.GetProperty("orderers").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Usage_matrix_gives_a_customer_its_own_row_but_region_wide_coverage()
    {
        var client = await api.ClientFor("medarbetare.sos");
        var matrix = await client.GetFromJsonAsync<JsonElement>("/api/usage");
        matrix.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldBe(["Södersjukhuset AB"]);
        matrix.GetProperty("showsAllCustomers").GetBoolean().ShouldBeFalse();

        // Coverage counts every customer in the region, as the administrator sees them (other tests may add some).
        var all = await (await api.ClientFor("admin")).GetFromJsonAsync<JsonElement>("/api/customers");
        matrix.GetProperty("customerCount").GetInt32().ShouldBe(all.GetArrayLength());
        matrix.GetProperty("totalEmployees").GetInt32().ShouldBe(all.EnumerateArray().Sum(c => c.GetProperty("employees").GetInt32()));
        matrix.GetProperty("totalEmployees").GetInt32().ShouldBeGreaterThanOrEqualTo(47_623);
    }

    [Fact]
    public async Task Staff_see_every_customer()
    {
        var client = await api.ClientFor("handlaggare");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/customers");
        list.GetArrayLength().ShouldBeGreaterThanOrEqualTo(21);
    }
}
