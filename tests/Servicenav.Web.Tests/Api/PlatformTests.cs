using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class PlatformTests(ApiFixture api)
{
    [Fact]
    public async Task Health_reports_the_database_without_signing_in()
    {
        var response = await api.Anonymous().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("Healthy");
        body.GetProperty("checks").GetProperty("database").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_capabilities()
    {
        var document = await api.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/catalog/services");
        paths.ShouldContain("/api/catalog/services/{code}");
        paths.ShouldContain("/api/customers");
        paths.ShouldContain("/api/customers/{id}");
        paths.ShouldContain("/api/usage");
        paths.ShouldContain("/api/auth/token");
        paths.ShouldContain("/api/catalog/versions/{number}/decision");
    }

    [Fact]
    public async Task Usage_export_is_a_swedish_excel_friendly_csv()
    {
        var client = await api.ClientFor("handlaggare");
        var response = await client.GetAsync("/api/usage/export?format=Csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain("Karolinska Universitetssjukhuset;15892");
        var matrix = await client.GetFromJsonAsync<JsonElement>("/api/usage");
        text.ShouldContain($"Totalt antal;{matrix.GetProperty("totalEmployees").GetInt32()}");
        text.ShouldContain("Andel;;");
    }

    [Fact]
    public void MudBlazor_components_speak_swedish()
    {
        using var scope = api.Factory.Services.CreateScope();
        var localizer = scope.ServiceProvider.GetRequiredService<MudBlazor.MudLocalizer>();
        localizer["MudDialog_Close"].Value.ShouldBe("Stäng");
        localizer["MudPagination_PageIndex", 3].Value.ShouldBe("Sida 3");
        // Untranslated keys say so, and MudBlazor then uses its own English text.
        localizer["MudColorPicker_HueSlider"].ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public async Task Catalog_export_as_xlsx_downloads_a_workbook()
    {
        var client = await api.ClientFor("medarbetare.sos");
        var response = await client.GetAsync("/api/catalog/export?format=Xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldEndWith(".xlsx");
        (await response.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe(new byte[] { (byte)'P', (byte)'K' });
    }
}
