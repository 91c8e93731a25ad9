using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>A controller drafts, computes and decides a price list in the browser; on its own app (it adds a price list).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PricingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Controller_creates_a_draft_computes_with_a_result_requirement_and_decides_it()
    {
        using var app = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        var year = DateTime.UtcNow.Year + 1;

        await page.GotoInteractiveAsync("/priser");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Priser och prislistor");
        await page.ShouldHaveNoAxeViolationsAsync();
        await page.GetByLabel("År", new() { Exact = true }).FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta utkast" }).ClickAsync();
        await page.WaitForURLAsync("**/priser/*-*");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Prislista {year} version 1");
        await Assertions.Expect(page.GetByText("Utkast", new() { Exact = true })).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        // Compute: a new result requirement recomputes every price and is saved.
        var requirement = page.GetByRole(AriaRole.Spinbutton, new() { Name = "Resultatkrav (%)" });
        await requirement.FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara resultatkrav" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sparat.")).ToBeVisibleAsync();
        await Assertions.Expect(requirement).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^3(,0+)?$"));

        // Decide: the diarienummer is required, then the list is decided and read-only.
        await page.GetByLabel("Beslutande organ").FillAsync("Fastighets- och servicenämnden");
        await page.GetByLabel("Beslutsdatum").FillAsync($"{year - 1}-11-20");
        await page.GetByLabel("Giltig från").FillAsync($"{year}-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluta", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Diarienummer")).ToHaveAccessibleDescriptionAsync("Ett beslut måste ha diarienummer.");
        await page.GetByLabel("Diarienummer").FillAsync($"FSN {year - 1}/0300");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluta", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Beslutad {year - 1}-11-20 av Fastighets- och servicenämnden", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Spara resultatkrav" })).ToHaveCountAsync(0);
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GotoInteractiveAsync("/priser");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{year} version 1" })).ToBeVisibleAsync();
    }
}
