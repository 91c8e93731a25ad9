using ClosedXML.Excel;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The customer-service reports page as an agent uses it: overview, chart, tables, a filter, the Excel export.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseReportBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task An_agent_sees_the_overview_chart_and_tables_and_exports_excel()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.GotoInteractiveAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kundtjänstrapporter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kundtjänstrapporter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Översikt i dag" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("flow-chart").Locator("svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Inflöde och utflöde per dag" })).ToBeVisibleAsync();
        (await page.GetByRole(AriaRole.Table, new() { Name = "Inflöde och utflöde per dag" }).Locator("tbody tr").CountAsync()).ShouldBe(30);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Ärendestock per status, ålder" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lösta ärenden per heltid" })).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.ChooseOptionAsync("Kund", "Södersjukhuset AB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Inflöde och utflöde per dag" })).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exportera Excel" }).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("kundtjanstrapport-");
        using var content = new MemoryStream();
        await (await download.CreateReadStreamAsync()).CopyToAsync(content);
        using var book = new XLWorkbook(content);
        book.Worksheets.Select(s => s.Name).ShouldContain("Ärendestock per status, ålder");
        book.Worksheet("SLA per kund").CellsUsed().Select(c => c.GetString()).ShouldNotContain("Karolinska Universitetssjukhuset", "the export follows the chosen customer");
    }

    [Fact]
    public async Task An_orderer_sees_its_own_figures_without_the_customer_and_agent_tables()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/arenden/rapporter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kundtjänstrapporter");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Inflöde och utflöde per dag" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SLA per kund" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Översikt i dag" })).ToHaveCountAsync(0);
        (await page.GetByText("Södersjukhuset AB").CountAsync()).ShouldBe(0, "another customer never shows");
        await page.ShouldHaveNoAxeViolationsAsync();
    }
}
