using ClosedXML.Excel;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class TableExportTests
{
    private static TableExport Amounts(string name) =>
        new(name, ["Tjänst", "Antal", "Belopp", "Datum"], [["kost-lunch", 12, 1234.5m, new DateOnly(2026, 3, 31)]]);

    [Fact]
    public void AddSheetTo_WithMoneyFormat_FormatsDecimalCellsAndKeepsThemNumbers()
    {
        using var workbook = new XLWorkbook();

        Amounts("Belopp").AddSheetTo(workbook, TableExport.MoneyFormat);
        Amounts("Utan format").AddSheetTo(workbook);

        var formatted = workbook.Worksheet("Belopp");
        formatted.Cell(2, 3).DataType.ShouldBe(XLDataType.Number);
        formatted.Cell(2, 3).GetValue<decimal>().ShouldBe(1234.5m);
        formatted.Cell(2, 3).Style.NumberFormat.Format.ShouldBe("#,##0.00");
        formatted.Cell(2, 2).Style.NumberFormat.Format.ShouldBeEmpty("whole numbers are counts, not amounts");
        formatted.Cell(2, 4).GetDateTime().ShouldBe(new DateTime(2026, 3, 31));
        workbook.Worksheet("Utan format").Cell(2, 3).Style.NumberFormat.Format.ShouldBeEmpty();
    }

    [Fact]
    public void Text_that_looks_like_a_date_or_a_number_stays_text_and_plain_columns_keep_the_general_format()
    {
        using var workbook = new XLWorkbook();
        new TableExport("Text", ["Månad", "Konto", "Kod", "Andel", "Belopp"], [["2020-12", "1,2,3", "002", 12.5m, 99.5m]])
            .AddSheetTo(workbook, TableExport.MoneyFormat, plainColumns: [3]);

        var sheet = workbook.Worksheet("Text");
        sheet.Cell(2, 1).DataType.ShouldBe(XLDataType.Text);
        sheet.Cell(2, 1).GetString().ShouldBe("2020-12");
        sheet.Cell(2, 2).GetString().ShouldBe("1,2,3");
        sheet.Cell(2, 3).GetString().ShouldBe("002");
        sheet.Cell(2, 4).Style.NumberFormat.Format.ShouldBeEmpty();
        sheet.Cell(2, 5).Style.NumberFormat.Format.ShouldBe(TableExport.MoneyFormat);
    }

    [Fact]
    public void XlsxFile_OfSeveralSheets_KeepsThemInOrderWithBoldFrozenHeaders()
    {
        using var workbook = new XLWorkbook();
        Amounts("Första").AddSheetTo(workbook);
        Amounts("Andra").AddSheetTo(workbook, TableExport.MoneyFormat);

        var file = TableExport.XlsxFile(workbook, "belopp.xlsx");

        file.FileName.ShouldBe("belopp.xlsx");
        file.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var read = new XLWorkbook(new MemoryStream(file.Content));
        read.Worksheets.Select(w => w.Name).ShouldBe(["Första", "Andra"]);
        read.Worksheet("Andra").Cell(1, 1).Style.Font.Bold.ShouldBeTrue();
        read.Worksheet("Andra").SheetView.SplitRow.ShouldBe(1);
        read.Worksheet("Andra").Cell(2, 3).Style.NumberFormat.Format.ShouldBe("#,##0.00");
    }
}
