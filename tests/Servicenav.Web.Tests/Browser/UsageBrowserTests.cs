using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Servicenav.Web.Tests.Infrastructure;
using Sylvan.Data.Csv;

namespace Servicenav.Web.Tests.Browser;

/// <summary>The usage matrix (Bilaga 9) as people read and change it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UsageBrowserTests(BrowserFixture browser, DemoAppFixture app)
{
    [Fact]
    public async Task The_matrix_shows_the_regions_customers_employees_and_the_reports_totals_per_service()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.GotoInteractiveAsync("/anvandning");

        var matrix = Matrix(page);
        await Assertions.Expect(matrix.Locator("tbody tr")).ToHaveCountAsync(21);
        await Assertions.Expect(page.GetByText("21 kunder med sammanlagt 47 623 anställda")).ToBeVisibleAsync();
        (await FooterCells(matrix, "Totalt antal")).First().ShouldBe("47 623");

        var services = await ServiceHeaders(matrix);
        var totals = (await FooterCells(matrix, "Totalt antal")).Skip(1).ToList();
        var shares = (await FooterCells(matrix, "Andel")).Skip(1).ToList();
        services.Count.ShouldBe(29);
        var known = Source.Services().Where(s => s.RowsDetermined).ToList();
        known.Count.ShouldBeGreaterThan(20);
        foreach (var service in known)
        {
            var column = services.IndexOf(service.CatalogName);
            column.ShouldBeGreaterThanOrEqualTo(0, $"column for {service.CatalogName}");
            totals[column].ShouldBe(service.TotalUsers.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Totalt antal for {service.CatalogName}");
            shares[column].ShouldBe(service.Percent.Replace("%", " %", StringComparison.Ordinal), $"Andel for {service.CatalogName}");
        }

        // Where the report gives only a total, the rows are unknown, and the page says how many.
        foreach (var service in Source.Services().Where(s => !s.RowsDetermined))
        {
            var column = services.IndexOf(service.CatalogName);
            (await FooterCells(matrix, "Okänt")).Skip(1).ElementAt(column).ShouldNotBe("0");
        }
    }

    [Fact]
    public async Task Cells_say_their_status_in_words_not_only_by_colour_and_notes_are_readable()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.GotoInteractiveAsync("/anvandning");

        var row = Matrix(page).Locator("tbody tr").Filter(new() { HasText = "Ambulanssjukvården" });
        var texts = await row.Locator("td.usage-cell").AllTextContentsAsync();
        texts.ShouldAllBe(t => t.Contains("Använder") || t.Contains("Använder inte") || t.Contains("Okänt"));
        texts.ShouldContain(t => t.Contains("not 1: Nyttjar delar av nuvarande sammanhållen kundtjänst"));
        await Assertions.Expect(page.GetByRole(AriaRole.List).Filter(new() { HasText = "Nyttjar delar av nuvarande sammanhållen kundtjänst (" })).ToBeVisibleAsync();

        var trafik = Matrix(page).Locator("tbody tr").Filter(new() { HasText = "Trafiknämnden (Trafikförvaltningen)" });
        await Assertions.Expect(trafik).ToContainTextAsync("Ett gällande lokalt avtal hindrar anslutning");
        await Assertions.Expect(page.GetByText("Teckenförklaring")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_area_filter_narrows_the_columns_to_that_areas_services()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/anvandning");

        await page.ChooseOptionAsync("Område", "Grundläggande it");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("omrade=grundlaggande-it"));

        var matrix = Matrix(page);
        var expected = Source.Services().Where(s => s.Area == "Grundläggande it").Select(s => s.CatalogName).ToList();
        await Assertions.Expect(matrix.Locator("thead th.usage-service")).ToHaveCountAsync(expected.Count);
        (await ServiceHeaders(matrix)).ShouldBe(expected, ignoreOrder: true);
        await Assertions.Expect(matrix.Locator("thead th[scope=colgroup]")).ToHaveTextAsync("Grundläggande it");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exportera CSV" }))
            .ToHaveAttributeAsync("href", "/api/usage/export?format=Csv&area=grundlaggande-it");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_bestallare_sees_only_their_own_row_with_region_wide_coverage()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("bestallare.karolinska");
        await page.GotoInteractiveAsync("/anvandning");

        var matrix = Matrix(page);
        await Assertions.Expect(matrix.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(matrix.Locator("tbody tr")).ToContainTextAsync(CustomerBrowserTests.Karolinska);
        await Assertions.Expect(page.GetByText("Du ser bara din egen organisations rad.")).ToBeVisibleAsync();
        (await FooterCells(matrix, "Totalt antal")).First().ShouldBe("47 623");
        (await matrix.Locator("button").CountAsync()).ShouldBe(0, "a beställare cannot change usage");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [Fact]
    public async Task The_export_downloads_the_matrix_as_csv()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync("handlaggare");
        await page.GotoInteractiveAsync("/anvandning");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Exportera CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path!);
        text.ShouldContain("Karolinska Universitetssjukhuset");
        text.ShouldContain("Totalt antal");
    }

    [Fact]
    public async Task A_controller_records_that_a_customer_uses_a_service_and_the_totals_follow()
    {
        using var own = DemoAppFixture.StartIsolated();
        var page = await browser.NewPageAsync(own.BaseUrl);
        await page.SignInAsync("controller");
        await page.GotoInteractiveAsync("/anvandning");

        var matrix = Matrix(page);
        var services = await ServiceHeaders(matrix);
        var column = services.IndexOf("Inhyrd bemanning");
        var usersBefore = int.Parse((await FooterCells(matrix, "Totalt antal")).Skip(1).ElementAt(column), System.Globalization.CultureInfo.InvariantCulture);
        var unknownBefore = int.Parse((await FooterCells(matrix, "Okänt")).Skip(1).ElementAt(column), System.Globalization.CultureInfo.InvariantCulture);

        var cell = matrix.Locator("tbody tr").Filter(new() { HasText = CustomerBrowserTests.Karolinska }).Locator("td.usage-cell").Nth(column);
        await Assertions.Expect(cell).ToContainTextAsync("Okänt");

        // By keyboard: Enter opens the dialog on the current status, Escape closes it and focus goes back to the cell.
        await cell.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Ändra användning" });
        await Assertions.Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = "Okänt" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(cell.GetByRole(AriaRole.Button)).ToBeFocusedAsync();

        await cell.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Inhyrd bemanning");
        await page.ShouldHaveNoAxeViolationsAsync();
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "Använder", Exact = true }).CheckAsync();
        await dialog.GetByLabel("Nyttjandegrad (%)").FillAsync("150");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(dialog.GetByLabel("Nyttjandegrad (%)")).ToHaveAccessibleDescriptionAsync("Nyttjandegraden måste vara mellan 0 och 100 %.");

        await dialog.GetByLabel("Nyttjandegrad (%)").FillAsync("40");
        await dialog.GetByLabel("Anteckning").FillAsync("Bara Solna hyr in bemanning");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Sparat: {CustomerBrowserTests.Karolinska} – Inhyrd bemanning: Använder.");
        await Assertions.Expect(cell).ToContainTextAsync("Använder");
        await Assertions.Expect(cell).ToContainTextAsync("40 %");
        await Assertions.Expect(cell).ToContainTextAsync("Bara Solna hyr in bemanning");
        await Assertions.Expect(cell.GetByRole(AriaRole.Button)).ToBeFocusedAsync();
        (await FooterCells(matrix, "Totalt antal")).Skip(1).ElementAt(column).ShouldBe((usersBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await FooterCells(matrix, "Okänt")).Skip(1).ElementAt(column).ShouldBe((unknownBefore - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("medarbetare.sos")]
    public async Task The_usage_page_has_no_accessibility_violations(string user)
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(user);
        await page.GotoInteractiveAsync("/anvandning");
        await Assertions.Expect(page.Locator("h1.page-title")).ToHaveCountAsync(1);
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    private static ILocator Matrix(IPage page) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Användning per nämnd eller bolag och tjänst, grupperat per område" });

    private static async Task<List<string>> ServiceHeaders(ILocator matrix) =>
        [.. (await matrix.Locator("thead th.usage-service").AllInnerTextsAsync()).Select(Normalize)];

    /// <summary>The cells of a footer row after its header: the employees column, then one per service.</summary>
    private static async Task<List<string>> FooterCells(ILocator matrix, string rowHeader)
    {
        var row = matrix.Locator("tfoot tr").Filter(new() { Has = matrix.Page.Locator("th", new() { HasTextRegex = new Regex($"^{Regex.Escape(rowHeader)}$") }) });
        return [.. (await row.Locator("td").AllInnerTextsAsync()).Select(Normalize)];
    }

    private static string Normalize(string text) => Regex.Replace(text.Replace('\u00a0', ' '), @"\s+", " ").Trim();

    /// <summary>The report's own figures, from the demo data the app imports (stockholm_services.csv) and the catalogue names.</summary>
    private static class Source
    {
        public sealed record Service(string Code, string CatalogName, string Area, int TotalUsers, string Percent, bool RowsDetermined);

        public static IReadOnlyList<Service> Services()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "demo-data", "stockholm");
            var names = Read(Path.Combine(folder, "stockholm_catalog_details.csv")).ToDictionary(r => r["code"], r => r["name"]);
            return [.. Read(Path.Combine(folder, "stockholm_services.csv")).Select(r => new Service(
                r["column_name"],
                names[r["column_name"]],
                r["area"],
                int.Parse(r["total_users"], System.Globalization.CultureInfo.InvariantCulture),
                r["pct_users"],
                r["rows_determined"] == "yes"))];
        }

        private static List<Dictionary<string, string>> Read(string path)
        {
            using var csv = CsvDataReader.Create(path);
            var rows = new List<Dictionary<string, string>>();
            while (csv.Read())
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    row[csv.GetName(i)] = csv.GetString(i);
                }

                rows.Add(row);
            }

            return rows;
        }
    }
}
