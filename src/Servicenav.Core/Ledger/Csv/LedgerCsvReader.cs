using System.Globalization;
using System.Text;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;
using Sylvan.Data.Csv;

namespace Servicenav.Ledger.Csv;

/// <summary>
/// Reads a ledger CSV: semicolon-separated, a header row, Swedish decimal comma. Columns (any order, case ignored):
/// <c>datum</c> (ÅÅÅÅ-MM-DD or ÅÅÅÅMMDD), <c>konto</c>, <c>belopp</c> (debit positive: "1 234,50", "-12,5") are required;
/// <c>kontonamn</c>, <c>ansvar</c>, <c>verksamhet</c>, <c>text</c>, <c>verifikation</c> are optional. The encoding is
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes). Every bad row and field is reported.
/// </summary>
public static class LedgerCsvReader
{
    public static readonly string[] Required = ["datum", "konto", "belopp"];

    public static readonly string[] Optional = ["kontonamn", "ansvar", "verksamhet", "text", "verifikation"];

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-", PositiveSign = "+" };

    /// <summary>
    /// The file's entries as they are read (never the whole file as objects); every bad row goes to
    /// <paramref name="errors"/> and reading goes on. A bad header is refused at once (<see cref="ImportRejectedException"/>).
    /// </summary>
    public static IEnumerable<LedgerEntry> Entries(byte[] bytes, string fileName, ImportErrorList errors)
    {
        using var reader = Open(bytes);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ';', Culture = CultureInfo.InvariantCulture });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLowerInvariant()).ToList();
        CheckHeader(header, fileName);
        var column = header.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
        while (csv.Read())
        {
            var line = csv.RowNumber + 1;
            var values = Enumerable.Range(0, csv.RowFieldCount).Select(i => csv.GetString(i).Trim()).ToArray();
            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            if (values.Length != header.Count)
            {
                errors.Add(fileName, line, null, string.Format(SwedishCulture.Culture, LedgerMessages.Csv_WrongFieldCount, values.Length, header.Count));
                continue;
            }

            string Get(string name) => column.TryGetValue(name, out var i) ? values[i] : "";
            var entry = Row(fileName, line, Get, errors);
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>The account names the file gives (the first per account), read in a pass of their own before the entries.</summary>
    public static IReadOnlyDictionary<string, string> AccountNames(byte[] bytes)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Open(bytes);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ';', Culture = CultureInfo.InvariantCulture });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLowerInvariant()).ToList();
        var account = header.IndexOf("konto");
        var name = header.IndexOf("kontonamn");
        if (account < 0 || name < 0)
        {
            return names;
        }

        while (csv.Read())
        {
            if (csv.RowFieldCount == header.Count && csv.GetString(name).Trim() is { Length: > 0 } text)
            {
                names.TryAdd(csv.GetString(account).Trim(), text);
            }
        }

        return names;
    }

    private static void CheckHeader(List<string> header, string fileName)
    {
        var errors = new ImportErrorList();
        if (header.All(h => h.Length == 0))
        {
            errors.Add(fileName, 1, null, LedgerMessages.Csv_Empty);
            errors.ThrowIfAny();
        }

        foreach (var missing in Required.Where(r => !header.Contains(r)))
        {
            errors.Add(fileName, 1, missing, LedgerMessages.Csv_ColumnMissing);
        }

        foreach (var unknown in header.Where(h => !Required.Contains(h) && !Optional.Contains(h)))
        {
            errors.Add(fileName, 1, unknown, LedgerMessages.Csv_UnknownColumn);
        }

        errors.ThrowIfAny();
    }

    private static LedgerEntry? Row(string file, int line, Func<string, string> get, ImportErrorList errors)
    {
        var date = ParseDate(get("datum"));
        if (date is null)
        {
            errors.Add(file, line, "datum", get("datum").Length == 0 ? LedgerMessages.Csv_ValueMissing : string.Format(SwedishCulture.Culture, LedgerMessages.Csv_NotADate, get("datum")));
        }

        var account = get("konto");
        if (account.Length == 0)
        {
            errors.Add(file, line, "konto", LedgerMessages.Csv_ValueMissing);
        }

        var amount = ParseAmount(get("belopp"), out var reason);
        if (amount is null)
        {
            errors.Add(file, line, "belopp", reason!);
        }

        if (date is null || account.Length == 0 || amount is null)
        {
            return null;
        }

        var name = get("kontonamn");
        var voucher = get("verifikation");
        return new LedgerEntry(line, date.Value, account, name.Length == 0 ? null : name, get("ansvar"), voucher.Length == 0 ? null : voucher, get("text"), amount.Value);
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Öre from "1 234,50", "-1234,5", "1234" (spaces, no-break spaces and a typographic minus allowed).</summary>
    public static long? ParseAmount(string text, out string? reason)
    {
        reason = null;
        if (text.Length == 0)
        {
            reason = LedgerMessages.Csv_ValueMissing;
            return null;
        }

        var clean = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal).Replace('\u2212', '-');
        if (clean.Contains('.', StringComparison.Ordinal)
            || !decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, DecimalComma, out var kronor))
        {
            reason = string.Format(SwedishCulture.Culture, LedgerMessages.Csv_NotAnAmount, text);
            return null;
        }

        if (decimal.Round(kronor, 2) != kronor)
        {
            reason = string.Format(SwedishCulture.Culture, LedgerMessages.Csv_TooManyDecimals, text);
            return null;
        }

        return (long)(kronor * 100m);
    }

    /// <summary>UTF-8 when the bytes are (a BOM is skipped), else Windows-1252, as a reader over the bytes.</summary>
    private static StreamReader Open(byte[] bytes)
    {
        var encoding = SieTextEncoding.Detect(bytes);
        return new StreamReader(
            new MemoryStream(bytes, writable: false), encoding.CodePage == 437 ? Encoding.GetEncoding(1252) : encoding, detectEncodingFromByteOrderMarks: false);
    }
}
