using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Servicenav.Access;
using Servicenav.Customers.Features;
using Servicenav.SharedKernel;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The customer register and customer page as people use them: what each role sees, editing, field messages, accessibility.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    internal const string Karolinska = "Karolinska Universitetssjukhuset";
    internal const string Sodersjukhuset = "Södersjukhuset AB";

    [Fact]
    public async Task Staff_see_every_customer_with_the_regions_total_employees()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.GotoInteractiveAsync("/kunder");

        var register = page.GetByRole(AriaRole.Table, new() { Name = "Kundregister" });
        await Assertions.Expect(register.Locator("tbody tr")).ToHaveCountAsync(21);
        await Assertions.Expect(register.Locator("tfoot")).ToContainTextAsync("47 623");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Ny kund" }).CountAsync()).ShouldBe(0, "a handläggare may not register customers");
    }

    [Fact]
    public async Task Searching_narrows_the_register()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync("/kunder");

        await page.GetByLabel("Sök kund").FillAsync("sjukhus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Kundregister" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("5 kunder visas.");
        await Assertions.Expect(rows.First).ToContainTextAsync("Danderyds Sjukhus AB");
    }

    [Fact]
    public async Task A_bestallare_sees_only_their_own_customer_and_another_customers_page_is_not_found()
    {
        var sodersjukhuset = await CustomerId(app.Services, Sodersjukhuset);
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/kunder");

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Kundregister" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync(Karolinska);
        await Assertions.Expect(page.GetByText("Du ser bara uppgifterna om din egen organisation.")).ToBeVisibleAsync();

        var response = await page.GotoAsync($"/kunder/{sodersjukhuset}");
        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan hittades inte");
        (await page.GetByText(Sodersjukhuset).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_bestallare_reads_their_customer_without_edit_buttons()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/kunder");
        await page.GetByRole(AriaRole.Link, new() { Name = Karolinska }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Karolinska);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = $"Beställare hos {Karolinska}" })).ToContainTextAsync("Karin Ek");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Tema Akut" })).ToContainTextAsync("Akutmottagning Solna");
        (await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Ändra|Ta bort|Lägg till)") }).CountAsync()).ShouldBe(0);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_bad_organisation_number_is_explained_beside_the_field()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync($"/kunder/{await CustomerId(app.Services, Karolinska)}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra uppgifter och konteringssträng" }).ClickAsync();
        var orgNumber = page.GetByLabel("Organisationsnummer");
        await orgNumber.FillAsync("123456-7890");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Rätta de markerade fälten.");
        await Assertions.Expect(orgNumber).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(orgNumber).ToHaveAccessibleDescriptionAsync("Ogiltigt organisationsnummer (NNNNNN-NNNN med korrekt kontrollsiffra).");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();
        await Assertions.Expect(page.Locator(".cust-facts").First).ToContainTextAsync("232100-0016");
    }

    [Fact]
    public async Task Removing_a_unit_with_subunits_is_refused_with_the_reason()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync($"/kunder/{await CustomerId(app.Services, Karolinska)}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort enheten Tema Akut" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ta bort" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Enheten har underenheter. Flytta eller ta bort dem först.");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Tema Akut" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_changes_the_account_string_adds_an_orderer_and_finds_both_in_the_audit_log()
    {
        using var own = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(own.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync("/kunder");
        await page.GetByRole(AriaRole.Link, new() { Name = Karolinska }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Karolinska);

        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra uppgifter och konteringssträng" }).ClickAsync();
        await page.GetByLabel("Ansvar", new() { Exact = true }).FillAsync("08999");
        await page.GetByLabel("Projekt", new() { Exact = true }).FillAsync("P42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kunduppgifterna är sparade.");
        var account = page.Locator(".cust-account");
        await Assertions.Expect(account).ToContainTextAsync("08999");
        await Assertions.Expect(account).ToContainTextAsync("P42");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till beställare" }).ClickAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Olle Beställare");
        await page.GetByLabel("Befattning").FillAsync("Verksamhetschef");
        await page.GetByLabel("E-post").FillAsync("olle.bestallare@example.se");
        await page.GetByLabel("Telefon").FillAsync("08-123 45 67");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Beställaren Olle Beställare är sparad.");
        var orderers = page.GetByRole(AriaRole.Table, new() { Name = $"Beställare hos {Karolinska}" });
        await Assertions.Expect(orderers.GetByRole(AriaRole.Row).Filter(new() { HasText = "Olle Beställare" }))
            .ToContainTextAsync("olle.bestallare@example.se");

        // Still there after a reload: it was saved, not just shown.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".cust-account")).ToContainTextAsync("08999");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = $"Beställare hos {Karolinska}" })).ToContainTextAsync("Olle Beställare");

        await page.GotoInteractiveAsync("/logg");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Typ av uppgift" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Konteringssträng" }).ClickAsync();
        await page.GetByLabel("Användare", new() { Exact = true }).FillAsync("admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrera" }).ClickAsync();

        var entry = page.GetByRole(AriaRole.Table, new() { Name = "Ändringar, senaste först" }).Locator("tbody tr").First;
        await Assertions.Expect(entry).ToContainTextAsync("admin");
        await Assertions.Expect(entry).ToContainTextAsync("Ändrad");
        await Assertions.Expect(entry).ToContainTextAsync(Karolinska);
        var ansvar = entry.Locator("li").Filter(new() { HasText = "Ansvar:" });
        await Assertions.Expect(ansvar.Locator(".audit-before")).ToHaveTextAsync("08100");
        await Assertions.Expect(ansvar.Locator(".audit-after")).ToHaveTextAsync("08999");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Typ av uppgift" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Beställare" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrera" }).ClickAsync();
        var added = page.GetByRole(AriaRole.Table, new() { Name = "Ändringar, senaste först" }).Locator("tbody tr").First;
        await Assertions.Expect(added).ToContainTextAsync("Skapad");
        await Assertions.Expect(added).ToContainTextAsync("Olle Beställare");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task An_admin_registers_a_customer_with_a_local_contract_that_blocks_joining()
    {
        using var own = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(own.BaseUrl);
        await page.SignInAsync("admin");
        await page.GotoInteractiveAsync("/kunder");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny kund" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ny kund");
        await page.WaitForInteractiveAsync();

        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Patientnämnden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera kunden" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Namn", new() { Exact = true })).ToHaveAccessibleDescriptionAsync("Det finns redan en kund som heter \"Patientnämnden\".");

        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Klimat- och regionutvecklingsnämnden");
        await page.GetByLabel("Kundnummer").FillAsync("22");
        await page.GetByLabel("Anställda", new() { Exact = true }).FillAsync("1200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera kunden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Klimat- och regionutvecklingsnämnden");
        await Assertions.Expect(page.Locator(".cust-facts").First).ToContainTextAsync("1 200");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till lokalt avtal" }).ClickAsync();
        await page.GetByLabel("Leverantör").FillAsync("Lokal nätleverantör AB");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Tjänst som avtalet täcker" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^It-arbetsplats") }).ClickAsync();
        await page.GetByLabel("Slutdatum").FillAsync("2099-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        var contracts = page.GetByRole(AriaRole.Table, new() { Name = "Lokala avtal hos Klimat- och regionutvecklingsnämnden" });
        await Assertions.Expect(contracts).ToContainTextAsync("Lokal nätleverantör AB");
        await Assertions.Expect(contracts).ToContainTextAsync("2099-12-31");
        await Assertions.Expect(contracts).ToContainTextAsync("Ja, avtalet gäller");

        await page.GotoInteractiveAsync("/kunder");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Klimat- och regionutvecklingsnämnden" });
        await Assertions.Expect(row.Locator("td").Last).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Kundregister" }).Locator("tfoot")).ToContainTextAsync("48 823");
    }

    [Fact]
    public async Task The_customer_page_with_every_edit_form_open_is_accessible()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync($"/kunder/{await CustomerId(app.Services, Karolinska)}");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra uppgifter och konteringssträng" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra beställaren Karin Ek" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ändra eller flytta enheten Ekonomi" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till lokalt avtal" }).ClickAsync();
        await Assertions.Expect(page.Locator("main form")).ToHaveCountAsync(4);
        await page.ShouldHaveNoAxeViolationsAsync();

        // All four forms showing their errors at once: messages beside the fields and no id used twice.
        await page.GetByLabel("Namn", new() { Exact = true }).First.FillAsync("");
        await page.GetByLabel("E-post").FillAsync("inte-en-adress");
        await page.GetByLabel("Enhetens namn").FillAsync("");
        foreach (var save in await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).AllAsync())
        {
            await save.ClickAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByLabel("E-post")).ToHaveAccessibleDescriptionAsync("Ange en giltig e-postadress.");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Theory]
    [InlineData("admin", "/kunder")]
    [InlineData("admin", "/kunder/ny")]
    [InlineData("medarbetare.sos", "/kunder")]
    public async Task Customer_pages_have_no_accessibility_violations(string user, string path)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(user);
        await page.GotoInteractiveAsync(path);
        await Assertions.Expect(page.Locator("h1.page-title")).ToHaveCountAsync(1);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Registering_a_customer_needs_the_edit_permission()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.GotoAsync("/kunder/ny");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Åtkomst nekad");
    }

    internal static async Task<Guid> CustomerId(IServiceProvider services, string name)
    {
        var customers = await services.GetRequiredService<Sender>().Send(new ListCustomers(), UserContext.System("test"));
        return customers.Value!.Single(c => c.Name == name).Id;
    }
}
