using System.Globalization;
using Sylvan.Data.Csv;

namespace Servicenav.SharedKernel;

/// <summary>A row of an import file with its line number, values by column name.</summary>
public sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values.TryGetValue(column, out var v) ? v.Trim() : "";
}

/// <summary>
/// Reads an import CSV strictly: every required column must be there and no unknown column may be,
/// and each row keeps its line number for error messages. Parsing is Sylvan.Data.Csv's; the rules are ours.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string fileName, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        FileName = fileName;
        Header = header;
        Rows = rows;
    }

    public string FileName { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable? Read(string path, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, ImportErrorList errors)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            errors.Add(fileName, 0, null, string.Format(SwedishCulture.Culture, Messages.Import_FileMissing, path));
            return null;
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Culture = CultureInfo.InvariantCulture });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            errors.Add(fileName, 1, null, Messages.Import_NoHeader);
            return null;
        }

        CheckHeader(fileName, header, required, optional, errors);
        if (header.Distinct(StringComparer.Ordinal).Count() != header.Count)
        {
            return null; // A column twice makes every row ambiguous; CheckHeader has reported it.
        }

        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            var line = csv.RowNumber + 1; // Sylvan counts data records from 1; the header is line 1 of the file.
            var record = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray();
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Length != header.Count)
            {
                errors.Add(fileName, line, null, string.Format(SwedishCulture.Culture, Messages.Import_WrongCellCount, record.Length, header.Count));
                continue;
            }

            rows.Add(new CsvRow(line, header.Zip(record).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }

        return new CsvTable(fileName, header, rows);
    }

    private static void CheckHeader(string file, List<string> header, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, ImportErrorList errors)
    {
        foreach (var missing in required.Where(r => !header.Contains(r)))
        {
            errors.Add(file, 1, missing, Messages.Import_ColumnMissing);
        }

        foreach (var unknown in header.Where(h => !required.Contains(h) && !optional.Contains(h)))
        {
            errors.Add(file, 1, unknown, Messages.Import_UnknownColumn);
        }

        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            errors.Add(file, 1, twice.Key, Messages.Import_ColumnTwice);
        }
    }

    public int? Integer(CsvRow row, string column, ImportErrorList errors, int min = int.MinValue, bool required = true)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(FileName, row.Line, column, Messages.Import_ValueMissing);
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(FileName, row.Line, column, string.Format(SwedishCulture.Culture, Messages.Import_NotAnInteger, text));
            return null;
        }

        if (value < min)
        {
            errors.Add(FileName, row.Line, column, string.Format(SwedishCulture.Culture, Messages.Import_TooSmall, value, min));
            return null;
        }

        return value;
    }

    public decimal? Decimal(CsvRow row, string column, ImportErrorList errors, decimal min, decimal max)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(FileName, row.Line, column, string.Format(SwedishCulture.Culture, Messages.Import_NotANumber, text));
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(FileName, row.Line, column, string.Format(SwedishCulture.Culture, Messages.Import_OutOfRange, text, min, max));
            return null;
        }

        return value;
    }

    public string Required(CsvRow row, string column, ImportErrorList errors)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            errors.Add(FileName, row.Line, column, Messages.Import_ValueMissing);
        }

        return text;
    }
}
