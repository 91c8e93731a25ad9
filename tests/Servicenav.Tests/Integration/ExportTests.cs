using System.Text;
using ClosedXML.Excel;
using Servicenav.Catalog.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Usage.Features;
using Sylvan.Data.Csv;

namespace Servicenav.Tests.Integration;

public class ExportTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a semicolon CSV as Swedish Excel would: header row, then rows of text cells.</summary>
    private static (List<string> Header, List<string[]> Rows) ReadCsv(byte[] content)
    {
        content.Take(3).ShouldBe(Utf8Bom, "Swedish Excel needs the UTF-8 BOM to read å, ä and ö");
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = true });
        var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        return (header, rows);
    }

    [Theory, AllDatabases]
    public async Task ExportCatalog_Csv_IsSemicolonSeparatedUtf8WithSwedishHeadersAndNumbers(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var file = (await app.Send(new ExportCatalog(ExportFormat.Csv), As.Bestallare(Guid.NewGuid()))).ShouldBeOk();

        file.FileName.ShouldBe("tjanstekatalog-v1.csv");
        file.ContentType.ShouldStartWith("text/csv");
        var (header, rows) = ReadCsv(file.Content);
        header.Take(4).ShouldBe(["Område", "Kod", "Namn", "Beskrivning"]);
        header.ShouldContain("Tillgänglighet (%)");
        header.ShouldContain("Diarienummer");
        rows.Count.ShouldBe(29);
        var row = rows.Single(r => r[header.IndexOf("Kod")] == "systemstod_lon_regional");
        row[header.IndexOf("Område")].ShouldBe("Lön, personal och tillhörande systemstöd");
        row[header.IndexOf("Tillgänglighet (%)")].ShouldBe("99,5");
        row[header.IndexOf("Status")].ShouldBe("Koncerngemensam");
        row[header.IndexOf("Diarienummer")].ShouldBe("RS 2024-0566");
        row[header.IndexOf("Beslutsdatum")].ShouldBe("2024-11-12");
    }

    [Theory, AllDatabases]
    public async Task ExportCatalog_Xlsx_KeepsNumbersAsNumbers(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var file = (await app.Send(new ExportCatalog(ExportFormat.Xlsx), As.Handlaggare)).ShouldBeOk();

        file.FileName.ShouldBe("tjanstekatalog-v1.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        var sheet = workbook.Worksheet("Tjänstekatalog");
        sheet.Cell(1, 1).GetString().ShouldBe("Område");
        sheet.Cell(1, 2).GetString().ShouldBe("Kod");
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "systemstod_lon_regional");
        var availability = row.Cell(headers["Tillgänglighet (%)"]);
        availability.DataType.ShouldBe(XLDataType.Number);
        availability.GetValue<decimal>().ShouldBe(99.5m);
        row.Cell(headers["Beslutsdatum"]).GetDateTime().ShouldBe(new DateTime(2024, 11, 12));
        sheet.RowsUsed().Count().ShouldBe(30);
    }

    [Theory, AllDatabases]
    public async Task ExportCatalog_OfADraftVersion_ShowsTheDraft(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var draft = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        (await app.Send(new RemoveCatalogService(draft, SmallCatalog.ServiceDesk), As.Admin)).ShouldBeOk();

        var (_, current) = ReadCsv((await app.Send(new ExportCatalog(ExportFormat.Csv), As.Admin)).ShouldBeOk().Content);
        var (_, drafted) = ReadCsv((await app.Send(new ExportCatalog(ExportFormat.Csv, draft), As.Admin)).ShouldBeOk().Content);

        current.Count.ShouldBe(3);
        drafted.Count.ShouldBe(2);
    }

    [Theory, AllDatabases]
    public async Task ExportUsage_Csv_IsTheMatrixWithTotalsAndShares(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        var file = (await app.Send(new ExportUsage(ExportFormat.Csv), As.Handlaggare)).ShouldBeOk();

        var (header, rows) = ReadCsv(file.Content);
        header.Take(3).ShouldBe(["Nr", "Kund", "Anställda"]);
        rows.Count.ShouldBe(21 + 2);
        var karolinska = rows.Single(r => r[1] == "Karolinska Universitetssjukhuset");
        karolinska[2].ShouldBe("15892");
        var totals = rows.Single(r => r[1] == "Totalt antal");
        totals[2].ShouldBe("47623");
        var shares = rows.Single(r => r[1] == "Andel");
        foreach (var source in StockholmSource.Services)
        {
            var column = header.IndexOf(matrix.Services.Single(s => s.Code == source.Code).Name);
            column.ShouldBeGreaterThan(2, source.Code);
            karolinska[column].ShouldBe(StockholmSource.Customers.Single(c => c.Number == 8).Cells[source.Code], source.Code);
            if (source.RowsDetermined)
            {
                totals[column].ShouldBe(source.TotalUsers.ToString(System.Globalization.CultureInfo.InvariantCulture), source.Code);
                shares[column].Replace("\u00a0", "", StringComparison.Ordinal).ShouldBe(PctUsers(source.Code), source.Code);
            }
        }
    }

    [Theory, AllDatabases]
    public async Task ExportUsage_Xlsx_HasNumericCells(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var file = (await app.Send(new ExportUsage(ExportFormat.Xlsx), As.Handlaggare)).ShouldBeOk();

        file.FileName.ShouldBe("anvandning.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        var sheet = workbook.Worksheet("Nuläge användande");
        sheet.Cell(1, 2).GetString().ShouldBe("Kund");
        var karolinska = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Karolinska Universitetssjukhuset");
        karolinska.Cell(3).DataType.ShouldBe(XLDataType.Number);
        karolinska.Cell(3).GetValue<int>().ShouldBe(15_892);
        var totals = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Totalt antal");
        totals.Cell(3).GetValue<int>().ShouldBe(47_623);
    }

    private static string PctUsers(string code)
    {
        using var csv = CsvDataReader.Create(Path.Combine(StockholmSource.Folder, "stockholm_services.csv"));
        while (csv.Read())
        {
            if (csv.GetString(csv.GetOrdinal("column_name")) == code)
            {
                return csv.GetString(csv.GetOrdinal("pct_users"));
            }
        }

        throw new InvalidOperationException(code);
    }
}
