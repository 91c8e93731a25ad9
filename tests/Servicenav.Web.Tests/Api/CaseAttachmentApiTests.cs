using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>Attachments and links over the API: uploaded, downloaded as files, refused by name, and 404 to everyone outside the case, by any guessed id.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaseAttachmentApiTests(ApiFixture api)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% skärmdump\n%%EOF\n");

    private async Task<(string Id, string Number)> Raise(string user, string subject)
    {
        var response = await (await api.ClientFor(user)).PostAsJsonAsync("/api/cases", new
        {
            type = "FaultReport", subject, description = "Felmeddelande bifogas.", serviceCode = "it_arbetsplats",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetString()!, created.GetProperty("number").GetString()!);
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string caseId, string fileName, byte[] content, bool @internal = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/cases/{caseId}/attachments{(@internal ? "?internal=true" : "")}", form);
    }

    private async Task<string> Attach(string user, string caseId, string fileName, byte[] content, bool @internal = false)
    {
        var response = await Upload(await api.ClientFor(user), caseId, fileName, content, @internal);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task An_employee_uploads_a_file_and_the_agent_downloads_it_as_a_file_never_a_page()
    {
        var (id, _) = await Raise("medarbetare.karolinska", "Bilaga " + Guid.NewGuid());
        var attachmentId = await Attach("medarbetare.karolinska", id, "skärmdump.pdf", Pdf);

        var agent = await api.ClientFor("agare");
        var list = await agent.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/attachments");
        var item = list.GetProperty("items").EnumerateArray().Single();
        (item.GetProperty("fileName").GetString(), item.GetProperty("sizeText").GetString()).ShouldBe(("skärmdump.pdf", "27\u00a0byte"));
        var download = await agent.GetAsync($"/api/cases/{id}/attachments/{attachmentId}");

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("skärmdump.pdf");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task A_forbidden_or_disguised_file_is_400_naming_the_file_and_the_reason()
    {
        var (id, _) = await Raise("medarbetare.karolinska", "Farlig bilaga " + Guid.NewGuid());
        var employee = await api.ClientFor("medarbetare.karolinska");
        var program = new byte[512];
        program[0] = (byte)'M';
        program[1] = (byte)'Z';
        BitConverter.GetBytes(0x80).CopyTo(program, 0x3C);
        "PE\0\0"u8.CopyTo(program.AsSpan(0x80));

        var disguised = await Upload(employee, id, "faktura.pdf", program);
        var script = await Upload(employee, id, "start.bat", Encoding.ASCII.GetBytes("@echo off"));

        disguised.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await disguised.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("file")[0].GetString()
            .ShouldBe("Filen ”faktura.pdf” togs inte emot: innehållet är ett program, vad filnamnet än säger.");
        script.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await script.Content.ReadAsStringAsync()).ShouldContain("start.bat");
        (await employee.GetFromJsonAsync<JsonElement>($"/api/cases/{id}/attachments")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Another_customers_orderer_gets_404_on_list_and_download_by_guessed_ids()
    {
        var (id, _) = await Raise("medarbetare.karolinska", "Hemlig bilaga " + Guid.NewGuid());
        var attachmentId = await Attach("medarbetare.karolinska", id, "journal.pdf", Pdf);
        var (ownId, _) = await Raise("bestallare.sos", "Eget " + Guid.NewGuid());
        var outsider = await api.ClientFor("bestallare.sos");

        (await outsider.GetAsync($"/api/cases/{id}/attachments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var download = await outsider.GetAsync($"/api/cases/{id}/attachments/{attachmentId}");
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await download.Content.ReadAsStringAsync()).ShouldNotContain("journal");
        (await outsider.GetAsync($"/api/cases/{ownId}/attachments/{attachmentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an id from another case through one's own");
        (await Upload(outsider, id, "in.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/cases/{id}/links")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await api.ClientFor("bestallare.karolinska")).GetAsync($"/api/cases/{id}/attachments/{attachmentId}")).StatusCode
            .ShouldBe(HttpStatusCode.OK, "the customer's own orderer may");
    }

    [Fact]
    public async Task An_employee_gets_404_on_another_employees_case_attachments_and_on_internal_attachments_of_their_own_case()
    {
        var (ordererCase, _) = await Raise("bestallare.karolinska", "Beställarens ärende " + Guid.NewGuid());
        var theirs = await Attach("bestallare.karolinska", ordererCase, "avtal.pdf", Pdf);
        var (own, _) = await Raise("medarbetare.karolinska", "Eget ärende " + Guid.NewGuid());
        var internalId = await Attach("agare", own, "leverantor.pdf", Pdf, @internal: true);
        var employee = await api.ClientFor("medarbetare.karolinska");

        (await employee.GetAsync($"/api/cases/{ordererCase}/attachments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await employee.GetAsync($"/api/cases/{ordererCase}/attachments/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await employee.GetAsync($"/api/cases/{own}/attachments/{internalId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await employee.GetFromJsonAsync<JsonElement>($"/api/cases/{own}/attachments")).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await Upload(employee, own, "x.pdf", Pdf, @internal: true)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await employee.DeleteAsync($"/api/cases/{own}/attachments/{internalId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var agent = await api.ClientFor("agare");
        (await agent.DeleteAsync($"/api/cases/{own}/attachments/{internalId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await agent.GetAsync($"/api/cases/{own}/attachments/{internalId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_agent_links_two_cases_and_the_link_shows_on_both()
    {
        var (one, _) = await Raise("medarbetare.karolinska", "Länk ett " + Guid.NewGuid());
        var (two, twoNumber) = await Raise("medarbetare.karolinska", "Länk två " + Guid.NewGuid());
        var agent = await api.ClientFor("agare");

        var linked = await agent.PostAsJsonAsync($"/api/cases/{one}/links", new { otherCase = twoNumber });
        linked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await agent.PostAsJsonAsync($"/api/cases/{two}/links", new { otherCase = one });

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var back = await (await api.ClientFor("medarbetare.karolinska")).GetFromJsonAsync<JsonElement>($"/api/cases/{two}/links");
        back.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("caseId").GetString()).ShouldBe([one]);
        (await agent.DeleteAsync($"/api/cases/{one}/links/{two}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await api.ClientFor("medarbetare.karolinska")).PostAsJsonAsync($"/api/cases/{one}/links", new { otherCase = twoNumber }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
