using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>Drafting, editing and deciding catalogue versions in the browser. Each test runs on its own app: they change the catalogue.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogEditingTests(BrowserFixture browser)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Admin_drafts_edits_and_decides_a_version_which_becomes_current_read_only_and_comparable()
    {
        using var app = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");

        await StartDraftAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Katalogversion 2");
        await Assertions.Expect(page.GetByText("Version 2 är ett utkast", new() { Exact = false })).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        // Edit a service; a server validation message shows beside its field until it is fixed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra Chefsstöd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ändra Chefsstöd" })).ToBeFocusedAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Chefsstöd och hr-råd");
        await page.GetByLabel("Tillgänglighet (mål)").FillAsync("99,5");
        await page.GetByLabel("Prio 1 åtgärdstid (timmar)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Rätta de markerade fälten.");
        var resolution = page.GetByLabel("Prio 1 åtgärdstid (timmar)");
        await Assertions.Expect(resolution).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(resolution).ToHaveAccessibleDescriptionAsync("Åtgärdstiden kan inte vara kortare än svarstiden.");
        await page.ShouldHaveNoAxeViolationsAsync();

        await resolution.FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ändringarna i Chefsstöd och hr-råd har sparats i utkastet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chefsstöd och hr-råd" })).ToBeVisibleAsync();

        // Record the decision: the diarienummer is required.
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" }).ClickAsync();
        await page.GetByLabel("Beslutat av").FillAsync("Fastighets- och servicenämnden");
        await page.GetByLabel("Beslutsdatum").FillAsync(Date(Today.AddDays(-2)));
        await page.GetByLabel("Gäller från").FillAsync(Date(Today.AddDays(-1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Diarienummer")).ToHaveAccessibleDescriptionAsync("Ett beslut måste ha diarienummer.");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByLabel("Diarienummer").FillAsync("FSN 2026-0142");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("Version 2 är beslutad (FSN 2026-0142)", new() { Exact = false })).ToBeVisibleAsync();

        // Decided: current, immutable, and no edit controls.
        await Assertions.Expect(page.GetByText("Gällande", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Den här versionen är beslutad och kan inte ändras.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lägg till tjänst" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ändra Chefsstöd och hr-råd" })).ToHaveCountAsync(0);
        await page.ShouldHaveNoAxeViolationsAsync();

        // The API refuses to change a decided version (409), whoever asks.
        var put = await page.APIRequest.PutAsync("/api/catalog/versions/2/services/chefsstod", new() { DataObject = new { name = "Ändrat i efterhand", areaCode = "lon_personal", description = "x", ownerName = "x" } });
        put.Status.ShouldBe(409);

        // The catalogue now shows version 2, and the comparison shows what changed.
        await page.GotoInteractiveAsync("/katalog");
        await Assertions.Expect(page.GetByText("Version 2, beslutad", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chefsstöd och hr-råd" })).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/katalog-versioner/2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Visa ändringar jämfört med version 1" }).ClickAsync();
        await page.WaitForURLAsync("**/katalog-versioner/1/jamfor/2");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ändrade tjänster (1)" })).ToBeVisibleAsync();
        var diff = page.GetByRole(AriaRole.Table, new() { Name = "Ändrade fält i Chefsstöd och hr-råd" });
        await Assertions.Expect(diff.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Namn", "Tillgänglighet (%)"]);
        await Assertions.Expect(diff.GetByRole(AriaRole.Row, new() { Name = "Namn" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["Chefsstöd", "Chefsstöd och hr-råd"]);
        await Assertions.Expect(diff.GetByRole(AriaRole.Row, new() { Name = "Tillgänglighet" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync([new Regex("^–$"), new Regex(@"^99,5\s%$")]);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Service_owner_edits_only_own_services_and_a_second_draft_is_refused_with_the_rule()
    {
        using var app = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("agare");

        await StartDraftAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ändra It-arbetsplats" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ändra Chefsstöd" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" })).ToHaveCountAsync(0);

        // Add a service: the owner is the signed-in owner; a bad code is explained beside the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till tjänst" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Tjänsteägare (användare)")).ToHaveValueAsync("Tove Lind");
        await page.GetByLabel("Kod").FillAsync("Skrivare!");
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Skrivarservice");
        await page.GetByLabel("Beskrivning").FillAsync("Skrivare och utskrift på arbetsplatsen.");
        await page.GetByLabel("Ingår", new() { Exact = true }).FillAsync("Skrivare\nToner");
        await page.GetByLabel("Tjänsteägare (namn eller titel)").FillAsync("Tjänsteägare it-arbetsplats");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Kod")).ToHaveAccessibleDescriptionAsync("Koden får bara innehålla små bokstäver a–z, siffror, - och _ (2–60 tecken).");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByLabel("Kod").FillAsync("skrivarservice");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Tjänsten Skrivarservice har lagts till i utkastet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ändra Skrivarservice" })).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/katalog-versioner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta nytt utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Det finns redan ett utkast (version 2). Besluta eller kasta det först.");
    }

    [Fact]
    public async Task Admin_removes_a_service_after_confirming_adds_an_area_and_discards_the_draft()
    {
        using var app = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await StartDraftAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till område" }).ClickAsync();
        await page.GetByLabel("Kod").FillAsync("kost");
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Kost");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till område" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("Området Kost har lagts till i utkastet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kost", Level = 2 })).ToBeVisibleAsync();

        // Cancelling the confirmation keeps the service; confirming removes it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort Telefoniplattform" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Ta bort tjänsten?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Telefoniplattform" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort Telefoniplattform" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ta bort" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Tjänsten Telefoniplattform har tagits bort ur utkastet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Telefoniplattform" })).ToHaveCountAsync(0);

        await page.GotoInteractiveAsync("/katalog-versioner/1/jamfor/2");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Borttagna tjänster (1)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Telefoniplattform" })).ToBeVisibleAsync();

        await page.GotoInteractiveAsync("/katalog-versioner/2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kasta utkastet" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Kasta utkastet" }).ClickAsync();
        await page.WaitForURLAsync("**/katalog-versioner");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Version 2" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Version 1" })).ToBeVisibleAsync();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts the next draft (version 2 on a fresh demo) from the versions page, as an editor would.</summary>
    private static async Task StartDraftAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/katalog-versioner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta nytt utkast" }).ClickAsync();
        await page.WaitForURLAsync("**/katalog-versioner/2");
        await page.WaitForInteractiveAsync();
    }
}
