using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The audit log and the user register (administrators only).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Theory]
    [InlineData("/logg")]
    [InlineData("/anvandare")]
    public async Task Admin_pages_have_no_accessibility_violations(string path)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync(path);
        await Assertions.Expect(page.Locator("h1.page-title")).ToHaveCountAsync(1);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("controller", "/logg")]
    [InlineData("controller", "/anvandare")]
    [InlineData("bestallare.sos", "/logg")]
    public async Task Only_administrators_reach_the_admin_pages(string user, string path)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(user);
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Åtkomst nekad");
    }

    [Fact]
    public async Task The_audit_log_pages_and_filters_by_type()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync("/logg");

        var entries = page.GetByRole(AriaRole.Table, new() { Name = "Ändringar, senaste först" }).Locator("tbody tr");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Visar 1–50 av");
        (await entries.CountAsync()).ShouldBeInRange(1, 50);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sidor i ändringsloggen" }).GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Visar 51–100 av");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Typ av uppgift" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Lokalt avtal" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrera" }).ClickAsync();
        await Assertions.Expect(entries).ToHaveCountAsync(1);
        await Assertions.Expect(entries).ToContainTextAsync("Trafiknämnden (Trafikförvaltningen)");
        await Assertions.Expect(entries).ToContainTextAsync("2028-12-31");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task An_admin_creates_a_bestallare_who_then_sees_only_that_customer()
    {
        using var own = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(own.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync("/anvandare");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ny användare" }).ClickAsync();
        await page.GetByLabel("Användarnamn").FillAsync("bestallare.sll");
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Stina Lund");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Beställare (tillhör en kund)" }).CheckAsync();
        await page.GetByLabel("Första lösenord").FillAsync("kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Rätta de markerade fälten.");
        await Assertions.Expect(page.GetByLabel("Första lösenord")).ToHaveAccessibleDescriptionAsync("Lösenordet måste ha minst 10 tecken.");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kund" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Stockholms läns sjukvårdsområde (SLSO)" }).ClickAsync();
        // The choice travels to the server and re-renders the form; type the password only after that,
        // as a person would, or the re-render can put the old value back.
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kund" })).ToHaveValueAsync("Stockholms läns sjukvårdsområde (SLSO)");
        await page.GetByLabel("Första lösenord").FillAsync("Ett-langt-losenord");
        await page.GetByLabel("Första lösenord").PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Första lösenord")).ToHaveValueAsync("Ett-langt-losenord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Användaren Stina Lund är skapad.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "bestallare.sll" });
        await Assertions.Expect(row).ToContainTextAsync("Beställare");
        await Assertions.Expect(row).ToContainTextAsync("Stockholms läns sjukvårdsområde (SLSO)");

        var theirs = await browser.NewPageAsync(own.BaseUrl);
        await theirs.SignInAsync("bestallare.sll", "Ett-langt-losenord");
        await theirs.GotoInteractiveAsync("/kunder");
        var customers = theirs.GetByRole(AriaRole.Table, new() { Name = "Kundregister" }).Locator("tbody tr");
        await Assertions.Expect(customers).ToHaveCountAsync(1);
        await Assertions.Expect(customers).ToContainTextAsync("Stockholms läns sjukvårdsområde (SLSO)");

        // Deactivated, the user can no longer sign in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra användaren Stina Lund" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Aktiv (kan logga in)" }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Inaktiv");

        var again = await browser.NewPageAsync(own.BaseUrl);
        await again.GotoAsync("/logga-in");
        await again.GetByLabel("Användarnamn").FillAsync("bestallare.sll");
        await again.GetByLabel("Lösenord").FillAsync("Ett-langt-losenord");
        await again.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fel användarnamn eller lösenord.");
    }
}
