using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>/debitering and /fakturor as the controller and a Beställare meet them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task Controller_sees_the_demos_closed_and_open_months_and_reruns_the_open_one()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/debitering");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Debitering", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(12);
        await page.ShouldHaveNoAxeViolationsAsync();

        // The demo closed January–September; October is billed but open, so it can be run again with the same result.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kör 2026-01" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kör 2026-10" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Debiteringen för 2026-10 är körd: 21 fakturor");
    }

    [Fact]
    public async Task Bestallare_reaches_invoices_but_not_the_billing_months()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/fakturor");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fakturor", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Din kunds internfakturor")).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Debitering" })).ToHaveCountAsync(0);
    }
}
