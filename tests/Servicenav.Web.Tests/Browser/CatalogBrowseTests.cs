using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>Reading the decided catalogue: browse, search, filter, a service page and the printable list. Changes nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogBrowseTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task Catalogue_shows_the_decided_version_by_area_and_search_narrows_it_as_you_type()
    {
        var page = await SignedIn("medarbetare.karolinska");
        await page.GotoInteractiveAsync("/katalog");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tjänstekatalog");
        await Assertions.Expect(page.GetByText("Version 1, beslutad 2024-11-12 av Regionfullmäktige (RS 2024-0566), gäller från 2025-01-01.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("29 tjänster visas.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(
            ["Lön, personal och tillhörande systemstöd", "Ekonomi, ledningssystem och tillhörande systemstöd", "Grundläggande it", "Sammanhållen kundtjänst"]);

        await page.GetByLabel("Sök tjänst").FillAsync("nätverk");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nätverk och datakommunikation (lokalt)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Löneadministration" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(["Grundläggande it"]);

        await page.GetByLabel("Sök tjänst").FillAsync("finns-inte-alls");
        await page.GetByLabel("Sök tjänst").PressAsync("Enter");
        await Assertions.Expect(page.GetByText("Inga tjänster matchar sökningen.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Rensa sökningen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("29 tjänster visas.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Area_filter_shows_one_area_and_works_with_the_keyboard()
    {
        var page = await SignedIn("handlaggare");
        await page.GotoInteractiveAsync("/katalog");

        var area = page.GetByRole(AriaRole.Combobox, new() { Name = "Område" });
        await area.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Option, new() { Name = "Sammanhållen kundtjänst" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(["Sammanhållen kundtjänst"]);
        await Assertions.Expect(page.GetByText("1 tjänst visas.")).ToBeVisibleAsync();
        await Assertions.Expect(area).ToHaveTextAsync("Sammanhållen kundtjänst");
    }

    [Fact]
    public async Task Service_page_shows_what_is_included_service_levels_and_the_decision()
    {
        var page = await SignedIn("bestallare.sos");
        await page.GotoInteractiveAsync("/katalog");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chefsstöd" }).ClickAsync();

        await page.WaitForURLAsync("**/katalog/chefsstod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chefsstöd");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Det här ingår", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Stöd i arbetsrätt" })).ToBeVisibleAsync();
        var levels = page.GetByRole(AriaRole.Table, new() { Name = "Svars- och åtgärdstider per prioritet" });
        await Assertions.Expect(levels.GetByRole(AriaRole.Row, new() { Name = "Prio 1 – kritisk" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["4", "24"]);
        await Assertions.Expect(page.GetByText("Timpris")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Priser sätts i prislistan", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("RS 2024-0566")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Regionfullmäktige")).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Unknown_service_shows_the_not_found_page()
    {
        var page = await SignedIn("medarbetare.sos");
        var response = await page.GotoAsync("/katalog/finns-inte");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan hittades inte");
    }

    [Fact]
    public async Task Printable_list_has_every_service_and_exports_the_catalogue()
    {
        var page = await SignedIn("controller");
        await page.GotoAsync("/forteckning");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Förteckning över gemensamma tjänster");
        await Assertions.Expect(page.GetByText("Version 1, beslutad 2024-11-12 av Regionfullmäktige (RS 2024-0566)", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveCountAsync(29);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" })).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exportera CSV" }).ClickAsync());
        csv.SuggestedFilename.ShouldBe("tjanstekatalog-v1.csv");
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exportera Excel" }).ClickAsync());
        xlsx.SuggestedFilename.ShouldBe("tjanstekatalog-v1.xlsx");
    }

    public static TheoryData<string> ReadPages() =>
    [
        "/katalog",
        "/katalog/sammanhallen_kundtjanst",
        "/katalog/it_arbetsplats?version=1",
        "/forteckning",
        "/katalog-versioner",
        "/katalog-versioner/1",
        "/katalog-versioner/1/jamfor/1",
    ];

    [Theory]
    [MemberData(nameof(ReadPages))]
    public async Task Catalogue_pages_have_one_h1_and_no_axe_violations(string path)
    {
        var page = await SignedIn("admin");
        await page.GotoAsync(path);
        if (path != "/forteckning")
        {
            await page.WaitForInteractiveAsync();
        }

        await Assertions.Expect(page.Locator("h1.page-title")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    private async Task<IPage> SignedIn(string user)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(user);
        return page;
    }
}
