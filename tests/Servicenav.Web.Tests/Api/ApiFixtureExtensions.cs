using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

public static class ApiFixtureExtensions
{
    /// <summary>A customer's id, looked up as the administrator (who sees every customer).</summary>
    public static async Task<Guid> CustomerId(this ApiFixture api, string name)
    {
        var customers = await (await api.ClientFor("admin")).GetFromJsonAsync<JsonElement>("/api/customers");
        return customers.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }
}
