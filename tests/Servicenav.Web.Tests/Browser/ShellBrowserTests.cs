using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>Signing in as each role, what each role is offered, and the shell's accessibility.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShellBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    public static TheoryData<string, string, bool> Roles() => new()
    {
        { "admin", "Ada Andersson", true },
        { "agare", "Tove Lind", false },
        { "controller", "Carl Berg", false },
        { "handlaggare", "Hanna Svensson", false },
        { "bestallare.karolinska", "Karin Ek", false },
        { "medarbetare.karolinska", "Kalle Nyström", false },
        { "bestallare.sos", "Sara Holm", false },
        { "medarbetare.sos", "Sam Wik", false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_signs_in_and_is_offered_only_what_it_may_use(string user, string displayName, bool seesAdministration)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(user);
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByText($"Inloggad som {displayName}")).ToBeVisibleAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Tjänstekatalog" })).ToBeVisibleAsync();
        (await nav.GetByRole(AriaRole.Link, new() { Name = "Ändringslogg" }).CountAsync()).ShouldBe(seesAdministration ? 1 : 0);
        (await nav.GetByRole(AriaRole.Link, new() { Name = "Användare" }).CountAsync()).ShouldBe(seesAdministration ? 1 : 0);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Sign_in_page_is_accessible_and_says_when_the_password_is_wrong()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/logga-in");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByLabel("Användarnamn").FillAsync("admin");
        await page.GetByLabel("Lösenord").FillAsync("inte-rätt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fel användarnamn eller lösenord.");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_deep_link_leads_through_sign_in_and_back()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/anvandning");
        page.Url.ShouldContain("/logga-in");

        await page.GetByLabel("Användarnamn").FillAsync("controller");
        await page.GetByLabel("Lösenord").FillAsync(Hosting.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await page.WaitForURLAsync("**/anvandning");
    }

    [Fact]
    public async Task Keyboard_users_can_skip_to_the_content_and_navigate_with_the_menu()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("medarbetare.karolinska");
        await page.WaitForInteractiveAsync();

        var firstFocusable = await page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent.trim()");
        firstFocusable.ShouldBe("Hoppa till innehållet");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");

        var catalogLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Tjänstekatalog" });
        await catalogLink.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/katalog");
        await Assertions.Expect(page.Locator("h1")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await page.WaitForURLAsync("**/logga-in");

        await page.GotoAsync("/kunder");
        page.Url.ShouldContain("/logga-in");
    }
}
