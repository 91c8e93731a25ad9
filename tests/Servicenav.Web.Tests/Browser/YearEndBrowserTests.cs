using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>/resultat as the controller reads the demo year and previews a refund before deciding anything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class YearEndBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task Controller_reads_the_result_per_area_and_previews_how_a_refund_would_be_split()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/resultat/2026");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resultat och återbetalning", Level = 1 })).ToBeVisibleAsync();
        var areas = page.Locator("section[aria-labelledby=areas-heading] table");
        await Assertions.Expect(areas.Locator("tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(areas.Locator("tbody th").First).ToHaveTextAsync("Lön, personal och tillhörande systemstöd");
        await Assertions.Expect(page.GetByText("Resultatkrav 2,0 % av intäkterna.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("självkostnaden och budgeten visas för de 10 månader som är debiterade")).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        // Month by month, for all areas and then for one: the year row is the same as the area's row above.
        var months = page.Locator("section[aria-labelledby=months-heading] table");
        await Assertions.Expect(months.Locator("tbody tr")).ToHaveCountAsync(10);
        await Assertions.Expect(months.Locator("tbody th").First).ToHaveTextAsync("2026-01");
        await Assertions.Expect(months.Locator("tfoot td").First).ToHaveTextAsync(await areas.Locator("tfoot td").First.InnerTextAsync());
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Visa område" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Lön, personal och tillhörande systemstöd" }).ClickAsync();
        await Assertions.Expect(months.Locator("tfoot td").Nth(1)).ToHaveTextAsync(await areas.Locator("tbody tr").First.Locator("td").Nth(1).InnerTextAsync());

        await page.GetByLabel("Belopp (kr)").FillAsync("100000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska fördelning" }).ClickAsync();

        var shares = page.Locator("[aria-live=polite] table tbody tr");
        await Assertions.Expect(shares.First).ToBeVisibleAsync();
        (await shares.CountAsync()).ShouldBeGreaterThan(1);
        await Assertions.Expect(page.GetByText("Inga återbetalningar är beslutade för året.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_beställare_has_no_way_to_the_result()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Resultat" })).ToHaveCountAsync(0);
    }
}
