using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Servicenav.Web.Hosting;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Restarting the app in demo mode keeps what people changed; the demo is loaded once.</summary>
public sealed class DemoRestartTests
{
    [Fact]
    public async Task A_restart_keeps_changes_made_after_the_demo_was_loaded()
    {
        var folder = Directory.CreateTempSubdirectory("servicenav-restart-").FullName;
        try
        {
            Guid kultur;
            using (var first = new ServicenavFactory(kestrel: false, dataFolder: folder))
            {
                var client = await SignIn(first);
                kultur = (await client.GetFromJsonAsync<JsonElement>("/api/customers")).EnumerateArray()
                    .Single(c => c.GetProperty("name").GetString() == "Kulturnämnden").GetProperty("id").GetGuid();
                (await client.PutAsJsonAsync($"/api/usage/{kultur}/inhyrd_bemanning", new { status = "Uses", note = "Ändrat efter demon" })).EnsureSuccessStatusCode();
            }

            SqliteConnection.ClearAllPools();
            using var second = new ServicenavFactory(kestrel: false, dataFolder: folder);
            var matrix = await (await SignIn(second)).GetFromJsonAsync<JsonElement>("/api/usage");
            var cell = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("customerId").GetGuid() == kultur)
                .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("serviceCode").GetString() == "inhyrd_bemanning");
            cell.GetProperty("status").GetString().ShouldBe("Uses");
            cell.GetProperty("note").GetString().ShouldBe("Ändrat efter demon");
            matrix.GetProperty("rows").GetArrayLength().ShouldBe(21);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpClient> SignIn(ServicenavFactory factory)
    {
        var token = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "controller", password = DemoSeeder.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
