using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.SharedKernel;
using Servicenav.Web.Hosting;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>/debitering and /fakturor as the controller and a Beställare meet them, in the demo's economic year.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    private static readonly string Year = DemoEconomySeeder.Year.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Controller_sees_the_demos_closed_and_open_months_and_reruns_the_open_one()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync($"/debitering?year={Year}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Debitering", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(12);
        await page.ShouldHaveNoAxeViolationsAsync();

        // The demo closed every billed month but the last; that one is billed but open, so it can be run again with the same result.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Kör {DemoUsage.Month(1)}" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Kör {DemoUsage.BilledOpenMonth}" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Debiteringen för {DemoUsage.BilledOpenMonth} är körd: 21 fakturor");
    }

    [Fact]
    public async Task The_year_in_the_address_chooses_the_months_shown_and_the_year_field_changes_it()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        var before = (DemoEconomySeeder.Year - 1).ToString(CultureInfo.InvariantCulture);
        await page.GotoInteractiveAsync($"/debitering?year={before}");

        // The year before the demo's: twelve months, none billed.
        var months = page.Locator("tbody tr");
        await Assertions.Expect(page.GetByRole(AriaRole.Spinbutton, new() { Name = "År" })).ToHaveValueAsync(before);
        await Assertions.Expect(months).ToHaveCountAsync(12);
        await Assertions.Expect(months.First.Locator("th")).ToHaveTextAsync($"{before}-01");
        await Assertions.Expect(months.Filter(new() { HasText = "Inte körd" })).ToHaveCountAsync(12);

        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "År" }).FillAsync(Year);
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/debitering\\?year={Year}$"));
        await Assertions.Expect(months.First.Locator("th")).ToHaveTextAsync($"{Year}-01");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Kör {DemoUsage.BilledOpenMonth}" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_invoice_line_drills_down_to_the_usage_rows_it_charges()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/fakturor");

        var month = DemoUsage.BilledOpenMonth;
        var row = page.Locator("tbody tr").Filter(new() { HasText = CustomerBrowserTests.Karolinska }).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = month, Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Preliminär (månaden är öppen)");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/fakturor/*-*");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Internfaktura {month} – {CustomerBrowserTests.Karolinska}");
        await page.ShouldHaveNoAxeViolationsAsync();

        // The line as the API has it: its quantity and how many usage rows it charges.
        var invoiceId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var invoice = await DemoUsage.GetJsonAsync(page, $"/api/billing/invoices/{invoiceId}");
        var line = invoice.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("usageCount").GetInt64() > 0);
        var code = line.GetProperty("serviceCode").GetString()!;
        var usage = await DemoUsage.GetJsonAsync(page, $"/api/billing/lines/{line.GetProperty("id").GetInt64()}/usage");
        var rows = usage.GetProperty("rows").EnumerateArray().ToList();
        rows.Sum(r => r.GetProperty("quantity").GetDecimal()).ShouldBe(line.GetProperty("quantity").GetDecimal(), "a usage line charges exactly its rows");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Visa användning: {code}" }).ClickAsync();

        var section = page.Locator("section[aria-labelledby=usage-heading]");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync($"Användning bakom raden: {code}");
        await Assertions.Expect(section).ToContainTextAsync($"{SwedishCulture.Integer(line.GetProperty("usageCount").GetInt64())} användningsrader");
        await Assertions.Expect(section.Locator("tbody th")).ToHaveTextAsync([.. rows.Select(r => r.GetProperty("sourceReference").GetString()!)]);
        await Assertions.Expect(section.Locator("tbody td:nth-child(2)")).ToHaveTextAsync([.. rows.Select(_ => month)]);
        await Assertions.Expect(section.Locator("tbody td:nth-child(3)")).ToHaveTextAsync([.. rows.Select(r => Quantity(r.GetProperty("quantity").GetDecimal()))]);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task Closing_a_month_makes_its_invoices_final_and_a_later_import_into_it_is_refused()
    {
        using var own = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(own.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync($"/debitering?year={Year}");
        var month = DemoUsage.BilledOpenMonth;
        var row = page.Locator("tbody tr").Filter(new() { Has = page.Locator("th", new() { HasTextString = month }) });
        await Assertions.Expect(row).ToContainTextAsync("Öppen");

        // Closing asks first; cancelling changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Stäng månaden {month}" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Stäng månaden" });
        await Assertions.Expect(confirm).ToContainTextAsync($"Stäng {month}? Därefter kan månaden inte köras om");
        await page.ShouldHaveNoAxeViolationsAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();
        await Assertions.Expect(confirm).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToContainTextAsync("Öppen");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Stäng månaden {month}" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Stäng månaden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Perioden {month} är stängd.");
        await Assertions.Expect(row).ToContainTextAsync("Stängd");
        await Assertions.Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GotoInteractiveAsync("/fakturor");
        var invoices = page.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = month, Exact = true }) });
        await Assertions.Expect(invoices).ToHaveCountAsync(21);
        await Assertions.Expect(invoices.Filter(new() { HasText = "Slutlig (månaden stängd)" })).ToHaveCountAsync(21);

        // Usage that arrives late for the closed month is refused with the reason; the open month's row in the same file is not stored either.
        await page.GotoInteractiveAsync("/anvandning/import");
        var service = (await DemoUsage.MeteredServicesAsync(page, month))[0];
        var customer = (await DemoUsage.CustomersAsync(page)).Single(c => c.Name == CustomerBrowserTests.Karolinska).Key;
        var next = DemoUsage.NextOpenMonth;
        await page.SetInputFilesAsync("#usage-file", DemoUsage.Csv(
            "sen-rapportering.csv",
            $"{customer};{service.Code};{next};4;{service.Unit};sen:1",
            $"{customer};{service.Code};{month};7;{service.Unit};sen:2"));

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Filen avvisades och inget har sparats: 1 fel bland 2 rader.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Felaktiga rader" }).Locator("tbody td"))
            .ToHaveTextAsync(["3", "period", $"Perioden {month} är stängd: rapportera i stället en korrigering i en öppen månad."]);
        (await DemoUsage.RowCountAsync(page, next)).ShouldBe(0);
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

    /// <summary>As the invoice shows a quantity: whole numbers without decimals, otherwise three.</summary>
    private static string Quantity(decimal quantity) => SwedishCulture.Number(quantity, quantity == decimal.Truncate(quantity) ? 0 : 3);
}
