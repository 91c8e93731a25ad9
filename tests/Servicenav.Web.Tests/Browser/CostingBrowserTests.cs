using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The controller's costing flow: open the year's model, calculate, read a service's build-up down to the ledger lines.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CostingBrowserTests(BrowserFixture browser, CostingFixture app) : IClassFixture<CostingFixture>
{
    [Fact]
    public async Task Controller_calculates_the_year_and_follows_a_service_down_to_its_ledger_lines()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/kalkyl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kalkyl 2028" }).ClickAsync();
        await page.WaitForURLAsync("**/kalkyl/2028");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByText("Modellen har inte beräknats ännu.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("fördelat på 29 tjänster");
        await Assertions.Expect(page.GetByText("Allt är fördelat")).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        var service = page.Locator("table.cust-table tbody th a").First;
        var name = await service.TextContentAsync();
        await service.ClickAsync();
        await page.WaitForURLAsync("**/kalkyl/2028/tjanst/**");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Visa rader" }).First.ClickAsync();
        await Assertions.Expect(page.GetByText("Budget januari–juni").First).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Controller_starts_a_model_adds_activities_and_a_support_distribution_in_the_editor()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/kalkyl");
        await page.GetByLabel("År").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa modell" }).ClickAsync();
        await page.WaitForURLAsync("**/kalkyl/2027");
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Aktiviteter" }).ClickAsync();
        await AddActivity(page, "EKO", "Ekonomistöd internt", "Stöd");
        await AddActivity(page, "P1", "Leverans lön", "Primär");
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Ekonomistöd internt" })).ToContainTextAsync("Saknar fördelning");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Stödfördelning" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ny drivare" }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Stödaktivitet" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "EKO – Ekonomistöd internt" }).ClickAsync();
        await page.GetByLabel("Enhet").FillAsync("timmar");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "P1 – Leverans lön" }).FillAsync("30,5");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "P1 – Leverans lön" }).BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Sparat.");
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Aktivitet EKO" })).ToContainTextAsync("P1 30,5 (100,0");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    private static async Task AddActivity(IPage page, string code, string name, string kind)
    {
        await page.GetByLabel("Kod").FillAsync(code);
        await page.GetByLabel("Namn").FillAsync(name);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Typ" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = kind, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody th").Filter(new() { HasText = code })).ToHaveCountAsync(1);
    }
}
