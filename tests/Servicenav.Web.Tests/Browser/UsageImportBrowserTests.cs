using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.SharedKernel;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Browser;

/// <summary>/anvandning/import and /anvandning/poster: usage files in, whole or not at all, and the month's rows read back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UsageImportBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task A_controller_imports_a_usage_file_and_sees_it_accepted_with_its_row_counts()
    {
        using var own = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(own.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/anvandning/import");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Importera användning", Level = 1 })).ToBeVisibleAsync();
        await page.ShouldHaveNoAxeViolationsAsync();

        var month = DemoUsage.NextOpenMonth;
        var services = await DemoUsage.MeteredServicesAsync(page, month);
        var customers = await DemoUsage.CustomersAsync(page);
        var (first, second) = (services[0], services[1]);
        var (karolinska, sos) = (Named(customers, CustomerBrowserTests.Karolinska), Named(customers, "Södersjukhuset AB"));
        var fileName = $"verksamhetssystem-{month}.csv";
        var file = DemoUsage.Csv(
            fileName,
            $"{karolinska.Key};{first.Code};{month};12,5;{first.Unit};vs:{month}:1",
            $"{karolinska.Key};{second.Code};{month};3;{second.Unit};vs:{month}:2",
            $"{sos.Key};{first.Code};{month};1 000;{first.Unit};vs:{month}:3");

        await page.SetInputFilesAsync("#usage-file", file);

        await Assertions.Expect(Outcome(page, AriaRole.Status)).ToHaveTextAsync("Godtaget: 3 nya poster, 0 redan lagrade hoppades över.");
        var totals = page.GetByRole(AriaRole.Table, new() { Name = "Summor per period i batchen" });
        await Assertions.Expect(totals.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(totals.Locator("tbody tr td")).ToHaveTextAsync([month, "3", "1 015,500"]);
        var latestBatch = page.GetByRole(AriaRole.Table, new() { Name = "Batchar, senaste först" }).Locator("tbody tr").First;
        await Assertions.Expect(latestBatch.Locator("td")).ToHaveTextAsync([new Regex("."), Exactly("CSV-fil"), Exactly(fileName), Exactly("controller"), Exactly("3"), Exactly("0"), new Regex($"^{month}: 3 rader")]);
        await page.ShouldHaveNoAxeViolationsAsync();
        (await DemoUsage.RowCountAsync(page, month)).ShouldBe(3);

        // The same file again: every source reference is already stored, so nothing is added twice.
        await page.SetInputFilesAsync("#usage-file", file);
        await Assertions.Expect(Outcome(page, AriaRole.Status)).ToHaveTextAsync("Godtaget: 0 nya poster, 3 redan lagrade hoppades över.");
        (await DemoUsage.RowCountAsync(page, month)).ShouldBe(3);
    }

    [Fact]
    public async Task A_bad_file_is_refused_whole_with_every_bad_row_its_field_and_reason_and_nothing_is_written()
    {
        // Runs on the shared app: a refused file must leave it exactly as it was.
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/anvandning/import");

        var month = DemoUsage.NextOpenMonth;
        var service = (await DemoUsage.MeteredServicesAsync(page, month))[0];
        var customer = Named(await DemoUsage.CustomersAsync(page), CustomerBrowserTests.Karolinska).Key;
        var rowsBefore = await DemoUsage.RowCountAsync(page, month);
        var batches = page.GetByRole(AriaRole.Table, new() { Name = "Batchar, senaste först" }).Locator("tbody tr");
        var batchesBefore = await batches.CountAsync();
        var file = DemoUsage.Csv(
            "fel.csv",
            $"{customer};{service.Code};{month};5;{service.Unit};fel:1",
            $"9999999;{service.Code};{month};5;{service.Unit};fel:2",
            $"{customer};{service.Code};2026-13;5;{service.Unit};fel:3",
            $"{customer};{service.Code};{month};tolv;{service.Unit};fel:4",
            $"{customer};{service.Code};{month};5;flaskor;fel:5",
            $"{customer};{service.Code};{month};-2;{service.Unit};fel:6",
            $"{customer};{service.Code};{month};5;{service.Unit};fel:1");

        await page.SetInputFilesAsync("#usage-file", file);

        await Assertions.Expect(Outcome(page, AriaRole.Alert)).ToHaveTextAsync("Filen avvisades och inget har sparats: 6 fel bland 7 rader.");
        var errors = page.GetByRole(AriaRole.Table, new() { Name = "Felaktiga rader" });
        await Assertions.Expect(errors.Locator("thead th")).ToHaveTextAsync(["Rad", "Fält", "Orsak"]);
        await Assertions.Expect(errors.Locator("tbody tr")).ToHaveCountAsync(6);
        string[][] expected =
        [
            ["3", "kund", "Okänd kund \"9999999\" (ange kundens id, kundnummer eller organisationsnummer)."],
            ["4", "period", "\"2026-13\" är ingen period (skriv åååå-mm, t.ex. 2026-03)."],
            ["5", "antal", "\"tolv\" är inget tal (skriv t.ex. 12,5)."],
            ["6", "enhet", $"Enheten \"flaskor\" stämmer inte med prislistans enhet för tjänsten ({service.Unit})."],
            ["7", "korrigerar", "Negativt antal kräver en korrigeringsreferens (vilken post som rättas)."],
            ["8", "kallreferens", "Källreferensen \"fel:1\" förekommer redan på rad 2 i samma batch."],
        ];
        for (var i = 0; i < expected.Length; i++)
        {
            await Assertions.Expect(errors.Locator("tbody tr").Nth(i).Locator("td")).ToHaveTextAsync(expected[i]);
        }

        await page.ShouldHaveNoAxeViolationsAsync();

        // Not even the good first row was stored, and no batch was recorded.
        (await DemoUsage.RowCountAsync(page, month)).ShouldBe(rowsBefore);
        await Assertions.Expect(batches).ToHaveCountAsync(batchesBefore);
    }

    [Fact]
    public async Task The_month_filter_customer_and_service_narrow_the_rows_and_match_the_api()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/anvandning/poster");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Användningsposter", Level = 1 })).ToBeVisibleAsync();

        var month = DemoUsage.BilledOpenMonth;
        var period = page.GetByLabel("Period (åååå-mm)");
        await period.FillAsync(month);
        await Show(page);
        var all = await DemoUsage.GetJsonAsync(page, $"/api/usage/records?period={month}");
        all.GetProperty("rowCount").GetInt32().ShouldBeGreaterThan(21, "the demo has usage for every customer");
        await ShouldMatch(page, all, month);
        await page.ShouldHaveNoAxeViolationsAsync();

        // One customer: only its rows.
        var karolinska = Named(await DemoUsage.CustomersAsync(page), CustomerBrowserTests.Karolinska);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kund" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = CustomerBrowserTests.Karolinska, Exact = true }).ClickAsync();
        await Show(page);
        var own = await DemoUsage.GetJsonAsync(page, $"/api/usage/records?period={month}&customer={karolinska.Id}");
        own.GetProperty("rowCount").GetInt32().ShouldBeInRange(2, all.GetProperty("rowCount").GetInt32() - 1);
        await ShouldMatch(page, own, month);
        await Assertions.Expect(Sums(page).Locator("tbody tr td:first-child")).ToHaveTextAsync(Repeat(CustomerBrowserTests.Karolinska, own));

        // And one of its services.
        var code = own.GetProperty("sums")[0].GetProperty("serviceCode").GetString()!;
        await page.GetByLabel("Tjänstekod").FillAsync(code);
        await Show(page);
        var one = await DemoUsage.GetJsonAsync(page, $"/api/usage/records?period={month}&customer={karolinska.Id}&service={code}");
        one.GetProperty("sums").GetArrayLength().ShouldBe(1);
        await ShouldMatch(page, one, month);

        // A month the page cannot read is named in Swedish, not shown as an empty month.
        await period.FillAsync("oktober");
        await Show(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("\"oktober\" är ingen period (skriv åååå-mm, t.ex. 2026-03).");
        await Assertions.Expect(Sums(page)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_bestallare_sees_only_their_own_customers_usage_rows()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/anvandning/poster");

        await Assertions.Expect(page.GetByText("Du ser bara din egen kunds poster.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kund" })).ToHaveCountAsync(0);
        // The page opens on the latest month with the customer's usage, not on an empty current month.
        var latest = await DemoUsage.GetJsonAsync(page, "/api/usage/records");
        latest.GetProperty("rowCount").GetInt32().ShouldBeGreaterThan(0);
        await Assertions.Expect(page.GetByLabel("Period (åååå-mm)")).ToHaveValueAsync(latest.GetProperty("period").GetString()!);
        var month = DemoUsage.BilledOpenMonth;
        await page.GetByLabel("Period (åååå-mm)").FillAsync(month);
        await Show(page);

        var own = await DemoUsage.GetJsonAsync(page, $"/api/usage/records?period={month}");
        own.GetProperty("rowCount").GetInt32().ShouldBeGreaterThan(0);
        await ShouldMatch(page, own, month);
        await Assertions.Expect(Sums(page).Locator("tbody tr td:first-child")).ToHaveTextAsync(Repeat(CustomerBrowserTests.Karolinska, own));
        await Assertions.Expect(Rows(page).Locator("tbody tr td:first-child")).ToHaveTextAsync(Repeat(CustomerBrowserTests.Karolinska, own.GetProperty("rows").GetArrayLength()));
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    /// <summary>The answer to an upload (not the "Importerar …" status while it runs).</summary>
    private static ILocator Outcome(IPage page, AriaRole role) => page.GetByRole(role).Filter(new() { HasNotText = "Importerar" });

    private static Regex Exactly(string text) => new($"^{Regex.Escape(text)}$");

    private static DemoUsage.Customer Named(IReadOnlyList<DemoUsage.Customer> customers, string name) => customers.Single(c => c.Name == name);

    private static async Task Show(IPage page) => await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();

    private static ILocator Sums(IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Summor per kund, tjänst och enhet" });

    private static ILocator Rows(IPage page) => page.GetByRole(AriaRole.Table, new() { Name = "Poster", Exact = true });

    private static string[] Repeat(string text, JsonElement list) => Repeat(text, list.GetProperty("sums").GetArrayLength());

    private static string[] Repeat(string text, int count) => [.. Enumerable.Repeat(text, count)];

    /// <summary>The page shows the API's count, every sum (customer, service, unit, rows, quantity) and the listed rows' source references, in order.</summary>
    private static async Task ShouldMatch(IPage page, JsonElement list, string month)
    {
        var count = list.GetProperty("rowCount").GetInt32();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{SwedishCulture.Integer(count)} poster för {month}.");
        var sums = list.GetProperty("sums").EnumerateArray().ToList();
        await Assertions.Expect(Sums(page).Locator("tbody tr")).ToHaveCountAsync(sums.Count);
        for (var i = 0; i < sums.Count; i++)
        {
            var s = sums[i];
            await Assertions.Expect(Sums(page).Locator("tbody tr").Nth(i).Locator("td")).ToHaveTextAsync(
            [
                s.GetProperty("customerName").GetString()!,
                s.GetProperty("serviceCode").GetString()!,
                s.GetProperty("unit").GetString()!,
                SwedishCulture.Integer(s.GetProperty("rows").GetInt32()),
                SwedishCulture.Number(s.GetProperty("quantity").GetDecimal(), 3),
            ]);
        }

        var references = list.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("sourceReference").GetString()!).ToArray();
        references.Length.ShouldBe(Math.Min(count, 200));
        await Assertions.Expect(Rows(page).Locator("tbody tr td:nth-child(5)")).ToHaveTextAsync(references);
    }
}
