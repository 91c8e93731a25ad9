using Servicenav.Ledger.Sie;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Export;

/// <summary>
/// A month's vouchers as a SIE 4I document (written by the Ledger module's <see cref="SieWriter"/>: CP437,
/// <c>#FORMAT PC8</c>): the two accounts, the dimensions and every object used, then one <c>#VER</c> per invoice.
/// </summary>
internal static class SieExport
{
    public static SieDocument Document(IReadOnlyList<LedgerVoucher> vouchers, LedgerExportSettings settings, Period period, DateOnly generated)
    {
        var document = new SieDocument
        {
            Flag = 0,
            SieType = 4,
            ProgramName = "Servicenav",
            ProgramVersion = "1.0",
            GeneratedOn = generated,
            CompanyName = settings.OrganisationName,
        };
        document.Years[0] = new SieFinancialYear(0, new DateOnly(period.Year, 1, 1), new DateOnly(period.Year, 12, 31));
        document.Account(settings.CustomerCostAccount).Name = settings.CustomerCostAccountName;
        document.Account(settings.RevenueAccount).Name = settings.RevenueAccountName;
        foreach (var (number, name) in new[]
        {
            (settings.AnsvarDimension, "Ansvar"), (settings.ProjektDimension, "Projekt"), (settings.VerksamhetDimension, "Verksamhet"),
            (settings.MotpartDimension, "Motpart"), (settings.AktivitetDimension, "Aktivitet"),
        })
        {
            document.Dimensions[number] = new SieDimension(number, name);
        }

        foreach (var voucher in vouchers)
        {
            var ver = new SieVoucher("", "", voucher.Date, voucher.Text);
            foreach (var t in voucher.Transactions)
            {
                foreach (var o in t.Objects)
                {
                    document.Objects[(o.Dimension, o.Object)] = o.Object;
                }

                ver.Transactions.Add(new SieTransaction(t.Account, t.Objects.Select(o => new SieObjectRef(o.Dimension, o.Object)).ToList(), t.Amount.Kronor));
            }

            document.Vouchers.Add(ver);
        }

        return document;
    }
}
