using System.Globalization;
using System.Text;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Export;

/// <summary>
/// Writes vouchers as a SIE 4I file (import of vouchers into the region's ledger): CP437 (<c>#FORMAT PC8</c>),
/// <c>#KONTO</c>, <c>#DIM</c> and <c>#OBJEKT</c> for everything used, then one <c>#VER</c> per invoice with its
/// <c>#TRANS</c> rows and their object lists. Small and self-contained so the billing export does not depend on
/// the Ledger module's SIE import (which sits below Billing); the round-trip test reads the file back.
/// </summary>
public static class SieExportWriter
{
    public static Encoding Cp437
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(437);
        }
    }

    public static byte[] Write(IReadOnlyList<LedgerVoucher> vouchers, LedgerExportSettings settings, Period period, DateOnly generated)
    {
        ArgumentNullException.ThrowIfNull(vouchers);
        ArgumentNullException.ThrowIfNull(settings);
        var sie = new StringBuilder();
        Line(sie, "#FLAGGA 0");
        Line(sie, "#FORMAT PC8");
        Line(sie, "#SIETYP 4");
        Line(sie, $"#PROGRAM {Quote("Servicenav")} {Quote("1.0")}");
        Line(sie, $"#GEN {Date(generated)}");
        Line(sie, $"#FNAMN {Quote(settings.OrganisationName)}");
        Line(sie, $"#RAR 0 {Date(new DateOnly(period.Year, 1, 1))} {Date(new DateOnly(period.Year, 12, 31))}");
        Line(sie, $"#KONTO {settings.CustomerCostAccount} {Quote(settings.CustomerCostAccountName)}");
        Line(sie, $"#KONTO {settings.RevenueAccount} {Quote(settings.RevenueAccountName)}");
        foreach (var (dimension, name) in Dimensions(settings))
        {
            Line(sie, $"#DIM {dimension.ToString(CultureInfo.InvariantCulture)} {Quote(name)}");
        }

        var objects = vouchers.SelectMany(v => v.Transactions).SelectMany(t => t.Objects).Distinct()
            .OrderBy(o => o.Dimension).ThenBy(o => o.Object, StringComparer.Ordinal);
        foreach (var (dimension, id) in objects)
        {
            Line(sie, $"#OBJEKT {dimension.ToString(CultureInfo.InvariantCulture)} {Quote(id)} {Quote(id)}");
        }

        foreach (var voucher in vouchers)
        {
            Line(sie, $"#VER \"\" \"\" {Date(voucher.Date)} {Quote(voucher.Text)}");
            Line(sie, "{");
            foreach (var t in voucher.Transactions)
            {
                var list = string.Join(" ", t.Objects.Select(o => $"{o.Dimension.ToString(CultureInfo.InvariantCulture)} {Quote(o.Object)}"));
                Line(sie, $"   #TRANS {t.Account} {{{list}}} {t.Amount.Kronor.ToString("0.00", CultureInfo.InvariantCulture)}");
            }

            Line(sie, "}");
        }

        return Cp437.GetBytes(sie.ToString());
    }

    private static IEnumerable<(int, string)> Dimensions(LedgerExportSettings s) =>
    [
        (s.AnsvarDimension, "Ansvar"), (s.ProjektDimension, "Projekt"), (s.VerksamhetDimension, "Verksamhet"),
        (s.MotpartDimension, "Motpart"), (s.AktivitetDimension, "Aktivitet"),
    ];

    private static void Line(StringBuilder sie, string text) => sie.Append(text).Append("\r\n");

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
