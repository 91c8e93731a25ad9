using System.Globalization;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Sie;

/// <summary>
/// Reads a SIE 4 file (type 4E or 4I) into a <see cref="SieDocument"/>. The encoding comes from the bytes
/// (<see cref="SieTextEncoding"/>); unknown labels are ignored; every bad line is reported with its number and
/// reason, and a file with any error is refused whole (<see cref="ImportRejectedException"/>). A voucher that does
/// not balance is read as it is (real files have them): <see cref="BalanceErrors"/> lists them for an importer to refuse.
/// </summary>
public static class SieReader
{
    public static SieDocument Read(ReadOnlySpan<byte> bytes, string fileName = "SIE") => Read(SieTextEncoding.Decode(bytes), fileName);

    public static SieDocument Read(string text, string fileName = "SIE")
    {
        var errors = new ImportErrorList();
        var stream = new SieVoucherStream(new StringReader(text), fileName, errors);
        foreach (var voucher in stream.Vouchers())
        {
            stream.Document.Vouchers.Add(voucher);
        }

        errors.ThrowIfAny();
        return stream.Document;
    }

    /// <summary>One error per voucher whose rows do not sum to zero, naming the voucher and its line.</summary>
    public static IEnumerable<ImportError> BalanceErrors(SieDocument document, string fileName = "SIE") =>
        document.Vouchers.Where(v => v.Balance != 0m && !v.HasUnreadableRows).Select(v => BalanceError(v, fileName));

    public static ImportError BalanceError(SieVoucher voucher, string fileName) => new(fileName, voucher.Line, null, string.Format(
        SwedishCulture.Culture, LedgerMessages.Sie_VoucherDoesNotBalance, voucher.Reference, voucher.Balance));

    internal static SieVoucher? ReadLine(ReaderState state, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (trimmed == "{")
        {
            OpenVoucher(state);
            return null;
        }

        if (trimmed == "}")
        {
            return CloseVoucher(state);
        }

        if (trimmed[0] != '#')
        {
            throw new FormatException(LedgerMessages.Sie_NotARecord);
        }

        var tokens = SieTokenizer.Split(trimmed);
        var label = tokens[0].Value.ToUpperInvariant();
        var fields = new SieFields(label, tokens);
        if (state.InVoucher && label is not ("#TRANS" or "#RTRANS" or "#BTRANS"))
        {
            // Anything else inside a voucher is an unknown sub-record (#TRANS variants of later versions): ignored.
            state.PendingCopy = null;
            return null;
        }

        SieRecords.Apply(state, label, fields);
        return null;
    }

    private static void OpenVoucher(ReaderState state)
    {
        if (state.PendingVoucher is null || state.InVoucher)
        {
            throw new FormatException(LedgerMessages.Sie_BraceWithoutVoucher);
        }

        state.Voucher = state.PendingVoucher;
        state.PendingVoucher = null;
        state.InVoucher = true;
    }

    private static SieVoucher CloseVoucher(ReaderState state)
    {
        if (!state.InVoucher || state.Voucher is null)
        {
            throw new FormatException(LedgerMessages.Sie_BraceWithoutVoucher);
        }

        var voucher = state.Voucher;
        state.Voucher = null;
        state.InVoucher = false;
        state.PendingCopy = null;
        return voucher;
    }
}

/// <summary>Where the reader is in the file: the document so far, the open voucher, the errors.</summary>
internal sealed class ReaderState(string fileName, ImportErrorList errors)
{
    public string FileName { get; } = fileName;

    public SieDocument Document { get; } = new();

    public ImportErrorList Errors { get; } = errors;

    public int Line { get; set; }

    /// <summary>A #VER read, waiting for its opening brace.</summary>
    public SieVoucher? PendingVoucher { get; set; }

    public SieVoucher? Voucher { get; set; }

    public bool InVoucher { get; set; }

    /// <summary>The last #RTRANS: the #TRANS right after it that books the same is its copy for older readers.</summary>
    public SieTransaction? PendingCopy { get; set; }
}

/// <summary>The fields of one record after its label, with typed access that names the field in its error.</summary>
internal sealed class SieFields(string label, List<SieToken> tokens)
{
    public string Label { get; } = label;

    public int Count => tokens.Count - 1;

    public bool Has(int index) => index + 1 < tokens.Count;

    public string Text(int index) => Has(index) ? tokens[index + 1].Value : "";

    public string Required(int index, string field)
    {
        var value = Text(index);
        if (value.Length == 0 || (Has(index) && tokens[index + 1].IsList))
        {
            throw Error(LedgerMessages.Sie_FieldMissing, field);
        }

        return value;
    }

    public int Integer(int index, string field)
    {
        var text = Required(index, field);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(LedgerMessages.Sie_NotAnInteger, field, text);
    }

    public decimal Amount(int index, string field)
    {
        var text = Required(index, field);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(LedgerMessages.Sie_NotAnAmount, field, text);
    }

    public decimal? OptionalAmount(int index, string field) => Text(index).Length == 0 ? null : Amount(index, field);

    public DateOnly? Date(int index, string field)
    {
        var text = Text(index);
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(LedgerMessages.Sie_NotADate, field, text);
    }

    public IReadOnlyList<SieObjectRef> Objects(int index)
    {
        if (!Has(index))
        {
            throw Error(LedgerMessages.Sie_FieldMissing, "objektlista");
        }

        var token = tokens[index + 1];
        if (!token.IsList)
        {
            throw Error(LedgerMessages.Sie_ObjectListExpected, token.Value);
        }

        var items = token.Items!;
        if (items.Count % 2 != 0)
        {
            throw Error(LedgerMessages.Sie_ObjectListOdd, token.ToString());
        }

        var objects = new List<SieObjectRef>(items.Count / 2);
        for (var i = 0; i < items.Count; i += 2)
        {
            if (!int.TryParse(items[i], NumberStyles.None, CultureInfo.InvariantCulture, out var dimension))
            {
                throw Error(LedgerMessages.Sie_NotAnInteger, "dimension", items[i]);
            }

            objects.Add(new SieObjectRef(dimension, items[i + 1]));
        }

        return objects;
    }

    private FormatException Error(string message, params object[] args) =>
        new(Label + ": " + string.Format(SwedishCulture.Culture, message, args));
}
