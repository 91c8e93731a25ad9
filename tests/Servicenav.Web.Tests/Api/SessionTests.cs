using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class SessionTests(ApiFixture api)
{
    [Fact]
    public async Task A_deactivated_user_token_stops_working_at_once()
    {
        var admin = await api.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "tillfallig", displayName = "Tillfällig Handläggare", roles = new[] { "Handlaggare" }, password = "ett-langt-losenord" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var token = (await (await api.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "tillfallig", password = "ett-langt-losenord" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = api.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/customers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "Tillfällig Handläggare", roles = new[] { "Handlaggare" }, isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // The token itself is still well-formed, but it no longer carries a user: every request is refused.
        (await client.GetAsync("/api/customers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "tillfallig", password = "ett-langt-losenord" }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_changed_role_applies_to_the_next_request()
    {
        var admin = await api.ClientFor("admin");
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "rollbyte", displayName = "Roll Byte", roles = new[] { "Controller" }, password = "ett-langt-losenord" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var token = (await (await api.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "rollbyte", password = "ett-langt-losenord" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = api.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var patientnamnden = await api.CustomerId("Patientnämnden");
        (await client.PutAsJsonAsync($"/api/usage/{patientnamnden}/chefsstod", new { status = "Uses" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "Roll Byte", roles = new[] { "Handlaggare" }, isActive = true });

        (await client.PutAsJsonAsync($"/api/usage/{patientnamnden}/chefsstod", new { status = "Uses" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
