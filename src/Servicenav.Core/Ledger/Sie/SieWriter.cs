using System.Globalization;
using System.Text;

namespace Servicenav.Ledger.Sie;

/// <summary>
/// Writes a SIE 4I file (vouchers for import into the ledger): <c>#FLAGGA 0</c>, <c>#FORMAT PC8</c> and the text in
/// code page 437, every text field quoted (a quote inside as <c>\"</c>), object ids quoted, amounts with a point and
/// two decimals. Reads back with <see cref="SieReader"/> to the same vouchers.
/// </summary>
public static class SieWriter
{
    public static byte[] WriteBytes(SieDocument document) => SieTextEncoding.Pc8.GetBytes(Write(document));

    public static void Write(SieDocument document, Stream stream)
    {
        var bytes = WriteBytes(document);
        stream.Write(bytes);
    }

    public static string Write(SieDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var w = new StringBuilder();
        Line(w, "#FLAGGA", "0");
        Line(w, "#FORMAT", "PC8");
        Line(w, "#SIETYP", "4");
        Line(w, "#PROGRAM", Quote(document.ProgramName ?? "Servicenav"), Quote(document.ProgramVersion ?? "1.0"));
        Line(w, "#GEN", Date(document.GeneratedOn ?? DateOnly.FromDateTime(DateTime.UtcNow)));
        if (document.OrganisationNumber is { Length: > 0 } orgnr)
        {
            Line(w, "#ORGNR", Quote(orgnr));
        }

        if (document.CompanyName is { Length: > 0 } name)
        {
            Line(w, "#FNAMN", Quote(name));
        }

        foreach (var year in document.Years.Values.OrderByDescending(y => y.Index))
        {
            Line(w, "#RAR", Number(year.Index), year.Start is { } s ? Date(s) : "", year.End is { } e ? Date(e) : "");
        }

        foreach (var account in document.Accounts.Values.Where(a => a.Name is not null).OrderBy(a => a.Number, StringComparer.Ordinal))
        {
            Line(w, "#KONTO", account.Number, Quote(account.Name!));
        }

        foreach (var dimension in document.Dimensions.Values.OrderBy(d => d.Number))
        {
            if (dimension.Parent is { } parent)
            {
                Line(w, "#UNDERDIM", Number(dimension.Number), Quote(dimension.Name), Number(parent));
            }
            else
            {
                Line(w, "#DIM", Number(dimension.Number), Quote(dimension.Name));
            }
        }

        foreach (var ((dimension, id), objectName) in document.Objects.OrderBy(o => o.Key.Dimension).ThenBy(o => o.Key.Id, StringComparer.Ordinal))
        {
            Line(w, "#OBJEKT", Number(dimension), Quote(id), Quote(objectName));
        }

        foreach (var voucher in document.Vouchers)
        {
            WriteVoucher(w, voucher);
        }

        return w.ToString();
    }

    private static void WriteVoucher(StringBuilder w, SieVoucher voucher)
    {
        Line(w, "#VER", Quote(voucher.Series), Quote(voucher.Number), Date(voucher.Date), Quote(voucher.Text),
            voucher.RegisteredOn is { } registered ? Date(registered) : Quote(""), Quote(voucher.Signature ?? ""));
        w.Append("{\r\n");
        foreach (var t in voucher.Transactions)
        {
            var fields = new List<string> { t.Account, Objects(t.Objects), Amount(t.Amount), t.Date is { } d ? Date(d) : Quote(""), Quote(t.Text) };
            if (t.Quantity is { } quantity)
            {
                fields.Add(Amount(quantity));
            }

            w.Append(' ');
            Line(w, t.Kind == SieTransactionKind.Added ? "#RTRANS" : "#TRANS", [.. fields]);
            if (t.Kind == SieTransactionKind.Added)
            {
                w.Append(' ');
                Line(w, "#TRANS", [.. fields]); // The copy older readers need (SIE 4 §"RTRANS").
            }
        }

        w.Append("}\r\n");
    }

    /// <summary><c>"…"</c> with a quote inside written as <c>\"</c>; line breaks become spaces (a record is one line).</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ') + "\"";

    private static string Objects(IReadOnlyList<SieObjectRef> objects) =>
        "{" + string.Join(' ', objects.Select(o => Number(o.Dimension) + " " + Quote(o.Id))) + "}";

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder w, string label, params string[] fields)
    {
        w.Append(label);
        foreach (var field in fields)
        {
            w.Append(' ').Append(field);
        }

        w.Append("\r\n");
    }
}
