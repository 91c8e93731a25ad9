using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Servicenav.Billing.Features;

/// <summary>
/// Reads a usage CSV file row by row (never the whole file into memory). Semicolon or comma separated (taken from
/// the header line), UTF-8. Columns by their canonical names (<see cref="UsageFields"/>) or the Swedish ones
/// (kund, tjanst, period, antal, enhet, kallreferens, korrigerar, ansvar, verksamhet, projekt, aktivitet,
/// organisationsenhet), in any order and any case. Row numbers are file lines (the header is line 1).
/// </summary>
internal sealed class UsageCsv : IDisposable
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kund"] = UsageFields.Customer,
        ["tjanst"] = UsageFields.Service,
        ["tjänst"] = UsageFields.Service,
        ["antal"] = UsageFields.Quantity,
        ["enhet"] = UsageFields.Unit,
        ["kallreferens"] = UsageFields.SourceReference,
        ["källreferens"] = UsageFields.SourceReference,
        ["korrigerar"] = UsageFields.CorrectsReference,
        ["organisationsenhet"] = UsageFields.OrganisationUnit,
        ["source_reference"] = UsageFields.SourceReference,
        ["corrects_reference"] = UsageFields.CorrectsReference,
        ["organisation_unit"] = UsageFields.OrganisationUnit,
    };

    private readonly StreamReader _reader;
    private readonly CsvDataReader _csv;
    private readonly int[] _columns;

    private UsageCsv(StreamReader reader, CsvDataReader csv, int[] columns)
    {
        _reader = reader;
        _csv = csv;
        _columns = columns;
    }

    /// <summary>Opens the file and checks its header; null (with the header's errors) when rows cannot be read.</summary>
    public static UsageCsv? Open(Stream content, UsageErrorList errors)
    {
        var delimiter = DetectDelimiter(content);
        var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = delimiter,
            Culture = CultureInfo.InvariantCulture,
            BufferSize = 1 << 16,
        });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        if (header.All(h => h.Length == 0))
        {
            errors.Add(1, "", UsageMessages.NoHeader);
            return Close(reader, csv);
        }

        var all = UsageFields.Required.Concat(UsageFields.Optional).ToList();
        var columns = Enumerable.Repeat(-1, all.Count).ToArray();
        var before = errors.Count;
        for (var i = 0; i < header.Count; i++)
        {
            var name = Aliases.GetValueOrDefault(header[i]) ?? all.FirstOrDefault(f => string.Equals(f, header[i], StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                errors.Add(1, header[i], UsageMessages.UnknownColumn);
                continue;
            }

            var index = all.IndexOf(name);
            if (columns[index] >= 0)
            {
                errors.Add(1, header[i], UsageMessages.ColumnTwice);
            }

            columns[index] = i;
        }

        foreach (var missing in UsageFields.Required.Where(f => columns[all.IndexOf(f)] < 0))
        {
            errors.Add(1, missing, UsageMessages.ColumnMissing);
        }

        return errors.Count > before ? Close(reader, csv) : new UsageCsv(reader, csv, columns);
    }

    public IEnumerable<RawUsageRow> Rows(UsageErrorList errors)
    {
        var expected = _csv.FieldCount;
        while (_csv.Read())
        {
            var line = _csv.RowNumber + 1; // Sylvan counts data records from 1; the header is line 1.
            if (_csv.RowFieldCount != expected)
            {
                if (_csv.RowFieldCount > 1 || _csv.GetString(0).Trim().Length > 0)
                {
                    errors.Add(line, "", UsageRowParser.Format(UsageMessages.WrongCellCount, _csv.RowFieldCount, expected));
                }

                continue;
            }

            yield return new RawUsageRow(
                line, Get(0), Get(1), Get(2), Get(3), null, Get(4), Get(5), Get(6), Get(7), Get(8), Get(9), Get(10), Get(11));
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }

    private string? Get(int field) => _columns[field] < 0 ? null : _csv.GetString(_columns[field]);

    private static UsageCsv? Close(StreamReader reader, CsvDataReader csv)
    {
        csv.Dispose();
        reader.Dispose();
        return null;
    }

    /// <summary>Semicolon (the Swedish spreadsheet default, so decimal commas need no quotes) unless the header has none.</summary>
    private static char DetectDelimiter(Stream content)
    {
        var start = content.Position;
        var buffer = new byte[4096];
        var read = content.Read(buffer, 0, buffer.Length);
        content.Position = start;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains(';', StringComparison.Ordinal) ? ';' : header.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
    }
}
