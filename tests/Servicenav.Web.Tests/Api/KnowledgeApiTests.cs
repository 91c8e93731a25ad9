using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The knowledge base over the API: an editor writes and publishes, employees read, search and answer; safe HTML; audience.</summary>
[Collection(ApiCollection.Name)]
public sealed class KnowledgeApiTests(ApiFixture api)
{
    private async Task<string> Publish(string title, string body, string audience = "Everyone")
    {
        var editor = await api.ClientFor("agare");
        var created = await editor.PostAsJsonAsync("/api/knowledge", new
        {
            title, summary = "Kort om " + title, body, audience, serviceCodes = new[] { "it_arbetsplats" },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        created.Headers.Location!.ToString().ShouldBe($"/api/knowledge/{id}");
        (await editor.PostAsync($"/api/knowledge/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return id;
    }

    [Fact]
    public async Task An_employee_finds_reads_and_answers_a_published_article_once()
    {
        var word = "Vätskeskada" + Guid.NewGuid().ToString("N")[..6];
        var id = await Publish($"{word} på tangentbordet", "Stäng av datorn.\n\n<script>alert('x')</script> [Hjälp](javascript:alert(1))");
        var employee = await api.ClientFor("medarbetare.karolinska");

        var found = await employee.GetFromJsonAsync<JsonElement>($"/api/knowledge/search?q={Uri.EscapeDataString(word.ToLowerInvariant())}");
        found.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe([id]);
        found.GetProperty("cases").ValueKind.ShouldBe(JsonValueKind.Null);
        var article = await employee.GetFromJsonAsync<JsonElement>($"/api/knowledge/{id}");
        var html = article.GetProperty("shown").GetProperty("html").GetString()!;
        html.ShouldContain("&lt;script&gt;");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("javascript:");

        var yes = await employee.PostAsJsonAsync($"/api/knowledge/{id}/feedback", new { solved = true, comment = "Tack!" });
        yes.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await yes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("solved").GetInt32().ShouldBe(1);
        var again = await employee.PostAsJsonAsync($"/api/knowledge/{id}/feedback", new { solved = false });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain("redan svarat");
    }

    [Fact]
    public async Task Agents_only_articles_and_editing_are_closed_to_employees()
    {
        var word = "Spoolerfel" + Guid.NewGuid().ToString("N")[..6];
        var id = await Publish($"{word} på skrivarservern", "Starta om tjänsten.", audience: "AgentsOnly");
        var employee = await api.ClientFor("medarbetare.sos");

        (await employee.GetAsync($"/api/knowledge/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var search = await employee.GetFromJsonAsync<JsonElement>($"/api/knowledge/search?q={word}");
        search.GetProperty("articles").GetArrayLength().ShouldBe(0);
        var suggested = await employee.GetFromJsonAsync<JsonElement>($"/api/knowledge/suggest?text={word}");
        suggested.GetArrayLength().ShouldBe(0);
        (await employee.PostAsJsonAsync("/api/knowledge", new { title = "X", body = "Y" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await employee.PutAsJsonAsync($"/api/knowledge/{id}", new { title = "X", body = "Y" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var agent = await api.ClientFor("handlaggare");
        (await agent.GetFromJsonAsync<JsonElement>($"/api/knowledge/suggest?text={word}"))
            .EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe([id]);
    }

    [Fact]
    public async Task An_edit_is_a_new_draft_version_that_readers_see_once_published()
    {
        var id = await Publish("Byta toner " + Guid.NewGuid().ToString("N")[..6], "Öppna luckan.");
        var editor = await api.ClientFor("agare");

        var edited = await editor.PutAsJsonAsync($"/api/knowledge/{id}", new { title = "Byta toner", body = "Öppna den främre luckan.", serviceCodes = new[] { "it_arbetsplats" } });
        edited.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var reader = await api.ClientFor("medarbetare.karolinska");
        (await reader.GetFromJsonAsync<JsonElement>($"/api/knowledge/{id}")).GetProperty("shown").GetProperty("body").GetString().ShouldBe("Öppna luckan.");
        (await editor.PostAsync($"/api/knowledge/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var after = await reader.GetFromJsonAsync<JsonElement>($"/api/knowledge/{id}");
        after.GetProperty("shown").GetProperty("number").GetInt32().ShouldBe(2);
        after.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("state").GetString()).ShouldBe(["Published", "Superseded"]);
        (await reader.GetFromJsonAsync<JsonElement>($"/api/knowledge/{id}?version=1")).GetProperty("shown").GetProperty("body").GetString()
            .ShouldBe("Öppna luckan.");
        var unknown = await editor.PutAsJsonAsync($"/api/knowledge/{id}", new { title = "Byta toner", body = "x", serviceCodes = new[] { "finns_inte" } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
