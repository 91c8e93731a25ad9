using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using System.Data;
using Sylvan.Data.Csv;

namespace Servicenav.SharedKernel;

/// <summary>
/// Writes a table as CSV or Excel. CSV follows what Swedish Excel opens directly: semicolon-separated,
/// UTF-8 with BOM, sv-SE numbers. Excel cells keep numbers as numbers and dates as dates.
/// </summary>
public sealed record TableExport(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    /// <summary>sv-SE with an ASCII minus: Excel reads "−12,5" (U+2212, .NET's sv-SE sign) as text, not a number.</summary>
    private static readonly System.Globalization.CultureInfo CsvCulture = CreateCsvCulture();

    /// <summary>Kronor with thousands and two decimals, for sheets whose decimal cells are amounts.</summary>
    public const string MoneyFormat = "#,##0.00";

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExportFile To(ExportFormat format, string fileStem) => format switch
    {
        ExportFormat.Csv => new ExportFile(fileStem + ".csv", "text/csv; charset=utf-8", ToCsv()),
        ExportFormat.Xlsx => new ExportFile(fileStem + ".xlsx", XlsxContentType, ToXlsx()),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>A workbook of several sheets (each added with <see cref="AddSheetTo"/>) as a downloadable file.</summary>
    public static ExportFile XlsxFile(XLWorkbook workbook, string fileName) => new(fileName, XlsxContentType, Save(workbook));

    public byte[] ToCsv()
    {
        using var table = new DataTable(Name) { Locale = SwedishCulture.Culture };
        foreach (var header in Headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        foreach (var row in Rows)
        {
            table.Rows.Add(row.Select(CsvText).ToArray<object>());
        }

        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvDataWriter.Create(writer, new CsvDataWriterOptions { Delimiter = ';', WriteHeaders = true }))
        using (var reader = table.CreateDataReader())
        {
            csv.Write(reader);
        }

        return stream.ToArray();
    }

    public byte[] ToXlsx()
    {
        using var workbook = new XLWorkbook();
        AddSheetTo(workbook);
        return Save(workbook);
    }

    /// <summary>
    /// Adds this table as a sheet of <paramref name="workbook"/>: bold, frozen header row; numbers and dates as
    /// such. <paramref name="decimalFormat"/> (e.g. <see cref="MoneyFormat"/>) is the number format of every
    /// decimal cell except those in <paramref name="plainColumns"/> (0-based: quantities, percentages); without it
    /// Excel's general format shows them.
    /// </summary>
    public void AddSheetTo(XLWorkbook workbook, string? decimalFormat = null, IReadOnlyCollection<int>? plainColumns = null)
    {
        var sheet = workbook.Worksheets.Add(Name.Length > 31 ? Name[..31] : Name);
        for (var c = 0; c < Headers.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = Math.Clamp(Headers[c].Length + 4, 10, 60);
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                SetCell(cell, Rows[r][c]);
                if (decimalFormat is not null && Rows[r][c] is decimal && plainColumns?.Contains(c) != true)
                {
                    cell.Style.NumberFormat.Format = decimalFormat;
                }
            }
        }

        sheet.SheetView.FreezeRows(1);
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int i:
                cell.Value = i;
                break;
            case long l:
                cell.Value = l;
                break;
            case decimal d:
                cell.Value = d;
                break;
            case DateOnly date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            default:
                // SetValue stores a string as text; the Value setter of ClosedXML 0.95 guesses, and turns "2020-12" into a date.
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        DateOnly date => SwedishCulture.Date(date),
        decimal d => d.ToString("0.####", CsvCulture),
        IFormattable f => f.ToString(null, CsvCulture),
        _ => value.ToString() ?? "",
    };

    private static System.Globalization.CultureInfo CreateCsvCulture()
    {
        var culture = (System.Globalization.CultureInfo)SwedishCulture.Culture.Clone();
        culture.NumberFormat.NegativeSign = "-";
        return System.Globalization.CultureInfo.ReadOnly(culture);
    }
}
