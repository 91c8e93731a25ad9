using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>/debitering and /fakturor as the controller and a Beställare meet them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task Controller_sees_the_years_months_and_a_run_without_a_decided_price_list_says_why()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/debitering");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Debitering", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(12);
        await page.ShouldHaveNoAxeViolationsAsync();

        // The page opens on this year; its first month has no decided price list in the demo.
        var first = page.Locator("tbody tr").First;
        var month = (await first.Locator("th").TextContentAsync())!.Trim();
        await first.GetByRole(AriaRole.Button, new() { Name = "Kör " + month }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ingen beslutad prislista som gäller för " + month);
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
