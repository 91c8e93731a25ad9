using System.Globalization;
using Microsoft.Playwright;
using Servicenav.Web.Hosting;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>A controller drafts, computes, decides or discards price lists in the browser; each test on its own app (they add price lists).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PricingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Controller_creates_a_draft_computes_with_a_result_requirement_and_decides_it()
    {
        using var app = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        var year = DemoEconomySeeder.Year + 1; // the demo decided its own year

        await page.GotoInteractiveAsync("/priser");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Priser och prislistor");
        await page.ShouldHaveNoAxeViolationsAsync();
        await page.GetByLabel("År", new() { Exact = true }).FillAsync(year.ToString(CultureInfo.InvariantCulture));
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

    [Fact]
    public async Task Discarding_a_draft_asks_first_and_cancelling_keeps_it()
    {
        using var app = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        var year = DemoEconomySeeder.Year; // decided as version 1 by the demo, so the draft is version 2

        await page.GotoInteractiveAsync("/priser");
        await page.GetByLabel("År", new() { Exact = true }).FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta utkast" }).ClickAsync();
        await page.WaitForURLAsync("**/priser/*-*");
        await page.WaitForInteractiveAsync();
        var draftUrl = page.Url;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Prislista {year} version 2");

        // The question names the draft; "Avbryt" (and Escape) keep it.
        var discard = page.Locator("#main").GetByRole(AriaRole.Button, new() { Name = "Kasta utkastet" });
        await discard.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kasta utkastet?" });
        await Assertions.Expect(dialog).ToContainTextAsync($"Utkastet till prislista {year} version 2 och alla ändringar i det tas bort. Det går inte att ångra.");
        await page.ShouldHaveNoAxeViolationsAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await discard.ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(discard).Not.ToBeFocusedAsync(); // focus has moved into the dialog, where Escape is heard
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        page.Url.ShouldBe(draftUrl);

        await page.GotoInteractiveAsync("/priser");
        await Assertions.Expect(History(page).GetByRole(AriaRole.Link, new() { Name = $"{year} version 2" })).ToBeVisibleAsync();

        // Confirmed: the draft is gone, the decided version stays.
        await page.GotoInteractiveAsync(draftUrl);
        await discard.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Kasta utkastet" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/priser", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(History(page).GetByRole(AriaRole.Link, new() { Name = $"{year} version 2" })).ToHaveCountAsync(0);
        await Assertions.Expect(History(page).GetByRole(AriaRole.Link, new() { Name = $"{year} version 1" })).ToBeVisibleAsync();
    }

    private static ILocator History(IPage page) => page.Locator("section[aria-labelledby=history-heading]");
}
