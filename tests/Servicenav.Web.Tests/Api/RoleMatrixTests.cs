using System.Net;
using System.Net.Http.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Every role against every endpoint family: the server, not the UI, decides who may do what.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoleMatrixTests(ApiFixture api)
{
    public static readonly string[] Everyone =
        ["admin", "agare", "controller", "handlaggare", "bestallare.karolinska", "medarbetare.karolinska", "bestallare.sos", "medarbetare.sos"];

    public static TheoryData<string, string, HttpStatusCode> Reads()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var user in Everyone)
        {
            data.Add(user, "/api/catalog/services", HttpStatusCode.OK);
            data.Add(user, "/api/catalog/services/it_arbetsplats", HttpStatusCode.OK);
            data.Add(user, "/api/catalog/versions", HttpStatusCode.OK);
            data.Add(user, "/api/customers", HttpStatusCode.OK);
            data.Add(user, "/api/usage", HttpStatusCode.OK);
            data.Add(user, "/api/me", HttpStatusCode.OK);
            var admin = user == "admin";
            data.Add(user, "/api/audit", admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/api/users", admin ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            data.Add(user, "/api/ledger/imports", user is "admin" or "agare" or "controller" ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_endpoints_answer_by_role(string user, string path, HttpStatusCode expected)
    {
        var client = await api.ClientFor(user);
        (await client.GetAsync(path)).StatusCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData("/api/catalog/services")]
    [InlineData("/api/customers")]
    [InlineData("/api/usage")]
    [InlineData("/api/audit")]
    public async Task Anonymous_api_call_is_401_not_a_login_page(string path)
    {
        var response = await api.Anonymous().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Created)]
    [InlineData("controller", HttpStatusCode.Created)]
    [InlineData("agare", HttpStatusCode.Forbidden)]
    [InlineData("handlaggare", HttpStatusCode.Forbidden)]
    [InlineData("bestallare.karolinska", HttpStatusCode.Forbidden)]
    [InlineData("medarbetare.sos", HttpStatusCode.Forbidden)]
    public async Task Creating_a_customer_is_for_administrators_and_controllers(string user, HttpStatusCode expected)
    {
        var client = await api.ClientFor(user);
        var response = await client.PostAsJsonAsync("/api/customers", new { name = $"Testnämnd {user}", kind = "Namnd", employees = 12 });
        response.StatusCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("controller", HttpStatusCode.OK)]
    [InlineData("agare", HttpStatusCode.Forbidden)]
    [InlineData("handlaggare", HttpStatusCode.Forbidden)]
    [InlineData("bestallare.karolinska", HttpStatusCode.Forbidden)]
    [InlineData("medarbetare.karolinska", HttpStatusCode.Forbidden)]
    public async Task Recording_usage_is_for_administrators_and_controllers(string user, HttpStatusCode expected)
    {
        var client = await api.ClientFor(user);
        var karolinska = await api.CustomerId("Karolinska Universitetssjukhuset");
        var response = await client.PutAsJsonAsync($"/api/usage/{karolinska}/it_arbetsplats", new { status = "Uses" });
        response.StatusCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData("controller")]
    [InlineData("handlaggare")]
    [InlineData("bestallare.karolinska")]
    [InlineData("medarbetare.sos")]
    public async Task Only_administrators_and_service_owners_start_catalogue_drafts(string user)
    {
        var client = await api.ClientFor(user);
        (await client.PostAsync("/api/catalog/versions", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("agare")]
    [InlineData("controller")]
    [InlineData("bestallare.sos")]
    public async Task Only_administrators_manage_users(string user)
    {
        var client = await api.ClientFor(user);
        var response = await client.PostAsJsonAsync("/api/users", new { userName = "ny.person", displayName = "Ny Person", roles = new[] { "Administrator" }, password = "ett-langt-losenord" });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
