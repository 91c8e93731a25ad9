using System.Text;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The controller imports a year's ledger on /huvudbok, sees its cost pools and drills down to the lines.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LedgerBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    private const string Csv = "datum;konto;kontonamn;ansvar;verksamhet;belopp;text\n"
        + "2019-03-31;5120;El;1200;100;12 345,67;Vattenfall mars\n"
        + "2019-04-30;5120;El;1200;100;-345,67;Kreditnota\n"
        + "2019-03-31;7830;Avskrivningar;1300;;5 000;Avskrivning Q1\n"
        + "2019-03-31;1930;Bank;;;-17000;\n";

    [Fact]
    public async Task Controller_uploads_a_csv_and_sees_the_pools_and_their_lines()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/huvudbok");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Huvudbok och kostnadspooler" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "År" }).FillAsync("2019");
        await page.SetInputFilesAsync("#ledger-file", new FilePayload { Name = "huvudbok-2019.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });
        await Assertions.Expect(page.Locator(".ledger-chosen")).ToContainTextAsync("Vald fil: huvudbok-2019.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();

        // An import can take longer than the default 5 s on a busy 2-core machine (seen in CI): allow it a minute.
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Importerat huvudbok-2019.csv: 3 rader, kostnader 17 000,00 kr.", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kostnadspooler" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2019 Utfall" }).ClickAsync();
        var pools = page.Locator("table.ledger-pools tbody tr");
        await Assertions.Expect(pools).ToHaveCountAsync(2);
        var el = pools.Filter(new() { HasText = "512" });
        await Assertions.Expect(el).ToContainTextAsync("El");
        await Assertions.Expect(el).ToContainTextAsync("12 000,00 kr");
        await Assertions.Expect(pools.Filter(new() { HasText = "783" })).ToContainTextAsync("Kapital");
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Visa rader för kontogrupp 512, ansvar 1200" }).ClickAsync();
        var lines = page.Locator("section.ledger-lines tbody tr");
        await Assertions.Expect(lines).ToHaveCountAsync(2);
        await Assertions.Expect(lines.First).ToContainTextAsync("Vattenfall mars");
        await Assertions.Expect(lines.First).ToContainTextAsync("12 345,67 kr");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_bad_file_is_refused_with_its_rows_listed()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/huvudbok");

        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "År" }).FillAsync("2018");
        await page.SetInputFilesAsync("#ledger-file", new FilePayload { Name = "fel.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("datum;konto;belopp\n2018-01-01;5120;1.5\n") });
        await Assertions.Expect(page.Locator(".ledger-chosen")).ToContainTextAsync("Vald fil: fel.csv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();

        var alert = page.Locator(".ledger-rejected");
        await Assertions.Expect(alert).ToContainTextAsync("Filen avvisades, inget har sparats. 1 fel:", new() { Timeout = 60_000 });
        await Assertions.Expect(alert).ToContainTextAsync("fel.csv rad 2, kolumn belopp: \"1.5\" är inte ett belopp");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Tjansteagare_reads_but_cannot_import()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("agare");
        await page.GotoInteractiveAsync("/huvudbok");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Huvudbok och kostnadspooler" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Importera" })).ToHaveCountAsync(0);
    }
}
