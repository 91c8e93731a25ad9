using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Bad input gets 400 with a message per field; nothing is saved.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemDetailsTests(ApiFixture api)
{
    [Fact]
    public async Task Customer_with_empty_name_and_bad_org_number_is_refused_per_field()
    {
        var client = await api.ClientFor("admin");
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/customers")).GetArrayLength();

        var response = await client.PostAsJsonAsync("/api/customers", new { name = "", kind = "Namnd", employees = -3, organisationNumber = "232100-0017" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("name").GetArrayLength().ShouldBe(1);
        errors.GetProperty("employees").GetArrayLength().ShouldBe(1);
        errors.GetProperty("organisationNumber")[0].GetString()!.ShouldContain("organisationsnummer");
        (await client.GetFromJsonAsync<JsonElement>("/api/customers")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task Duplicate_customer_name_is_a_field_error()
    {
        var client = await api.ClientFor("controller");
        var response = await client.PostAsJsonAsync("/api/customers", new { name = "Kulturnämnden", kind = "Namnd", employees = 1 });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString()!.ShouldContain("Kulturnämnden");
    }

    [Fact]
    public async Task Partial_account_string_names_the_missing_parts()
    {
        var client = await api.ClientFor("admin");
        var id = await api.CustomerId("Patientnämnden");
        var response = await client.PutAsJsonAsync($"/api/customers/{id}", new { name = "Patientnämnden", number = 11, kind = "Namnd", employees = 27, accountAnsvar = "11100" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("accountVerksamhet", out _).ShouldBeTrue();
        errors.TryGetProperty("accountMotpart", out _).ShouldBeTrue();
        errors.TryGetProperty("accountAnsvar", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Degree_of_use_above_100_percent_is_refused()
    {
        var client = await api.ClientFor("controller");
        var id = await api.CustomerId("Tobiasregistret AB");
        var response = await client.PutAsJsonAsync($"/api/usage/{id}/it_arbetsplats", new { status = "Uses", degreePercent = 120 });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("degreePercent", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Wrong_password_gives_401_without_saying_which_part_was_wrong()
    {
        var response = await api.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "fel-losenord" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var unknownUser = await api.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "finns.inte", password = "fel-losenord" });
        unknownUser.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unknownUser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()
            .ShouldBe((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
