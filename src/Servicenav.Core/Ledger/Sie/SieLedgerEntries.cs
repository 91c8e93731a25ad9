using Servicenav.Ledger.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Sie;

/// <summary>
/// Turns a read SIE document into ledger entries for one kind. Outcome: the vouchers' rows (#TRANS, #RTRANS once);
/// a file without vouchers gives its #PSALDO rows, and one without those its #RES rows. Budget: the #PBUDGET rows,
/// else the vouchers. For period rows the <c>{}</c> row is the account's total: rows with one ansvar object are its
/// parts, and what the parts do not cover is kept without ansvar, so the total is never counted twice.
/// Ansvar is the object of the dimension named Ansvar/Kostnadsställe/Resultatenhet, else of dimension 1.
/// </summary>
public static class SieLedgerEntries
{
    private static readonly string[] AnsvarNames = ["ansvar", "kostnadsställe", "kostnadställe", "resultatenhet", "ansvarsenhet"];

    public static IReadOnlyList<LedgerEntry> From(SieDocument doc, LedgerKind kind, int year, string fileName)
    {
        if (!UsesPeriodBudget(doc, kind) && doc.Vouchers.Count > 0)
        {
            var errors = new ImportErrorList();
            foreach (var e in SieReader.BalanceErrors(doc, fileName))
            {
                errors.Add(e.File, e.Line, e.Column, e.Reason);
            }

            errors.ThrowIfAny();
            var dimension = AnsvarDimension(doc);
            return [.. doc.Vouchers.SelectMany(v => Entries(doc, v, dimension))];
        }

        return FromBalances(doc, kind, year);
    }

    /// <summary>
    /// The same entries as <see cref="From"/>, voucher by voucher as the file is read (memory does not grow with the
    /// file). A voucher that does not balance, like every bad line, goes to <paramref name="errors"/>. The choice
    /// between vouchers and #PBUDGET is made at the first voucher: SIE 4 puts balances and budgets before the vouchers.
    /// </summary>
    public static IEnumerable<LedgerEntry> Stream(SieVoucherStream sie, LedgerKind kind, int year, ImportErrorList errors)
    {
        var doc = sie.Document;
        var vouchersRead = false;
        var useVouchers = false;
        var dimension = 1;
        foreach (var voucher in sie.Vouchers())
        {
            if (!vouchersRead)
            {
                vouchersRead = true;
                useVouchers = !UsesPeriodBudget(doc, kind);
                dimension = AnsvarDimension(doc);
            }

            if (!useVouchers || voucher.HasUnreadableRows)
            {
                continue; // a voucher with an unreadable row has its error already; it is not stored
            }

            if (voucher.Balance != 0m)
            {
                var error = SieReader.BalanceError(voucher, sie.FileName);
                errors.Add(error.File, error.Line, error.Column, error.Reason);
                continue;
            }

            foreach (var entry in Entries(doc, voucher, dimension))
            {
                yield return entry;
            }
        }

        if (!useVouchers)
        {
            foreach (var entry in FromBalances(doc, kind, year))
            {
                yield return entry;
            }
        }
    }

    private static bool UsesPeriodBudget(SieDocument doc, LedgerKind kind) =>
        kind == LedgerKind.Budget && doc.PeriodBudgets.Any(b => b.YearIndex == 0);

    private static IEnumerable<LedgerEntry> Entries(SieDocument doc, SieVoucher voucher, int dimension) =>
        voucher.Transactions.Select(t => new LedgerEntry(
            t.Line, voucher.Date, t.Account, doc.AccountName(t.Account), t.ObjectId(dimension) ?? "", voucher.Reference,
            t.Text.Length > 0 ? t.Text : voucher.Text, Ore(t.Amount)));

    /// <summary>Without vouchers to use: the budget's #PBUDGET rows, else the outcome's #PSALDO rows, else its #RES rows.</summary>
    private static List<LedgerEntry> FromBalances(SieDocument doc, LedgerKind kind, int year)
    {
        var dimension = AnsvarDimension(doc);
        if (UsesPeriodBudget(doc, kind))
        {
            return FromPeriods(doc, doc.PeriodBudgets, dimension);
        }

        if (kind == LedgerKind.Outcome && doc.PeriodBalances.Any(b => b.YearIndex == 0))
        {
            return FromPeriods(doc, doc.PeriodBalances, dimension);
        }

        var yearEnd = doc.Years.TryGetValue(0, out var rar) && rar.End is { } end ? end : new DateOnly(year, 12, 31);
        return kind == LedgerKind.Outcome
            ? [.. doc.Results.Where(r => r.YearIndex == 0).Select(r => new LedgerEntry(r.Line, yearEnd, r.Account, doc.AccountName(r.Account), "", null, "#RES", Ore(r.Amount)))]
            : [];
    }

    public static int AnsvarDimension(SieDocument doc) =>
        doc.Dimensions.Values
            .Where(d => AnsvarNames.Contains(d.Name.Trim().ToLowerInvariant()))
            .Select(d => (int?)d.Number)
            .Min() ?? 1;

    private static List<LedgerEntry> FromPeriods(SieDocument doc, List<SiePeriodAmount> rows, int dimension)
    {
        var entries = new List<LedgerEntry>();
        foreach (var group in rows.Where(r => r.YearIndex == 0).GroupBy(r => (r.Period, r.Account)))
        {
            var date = new DateOnly(group.Key.Period / 100, Math.Clamp(group.Key.Period % 100, 1, 12), 1);
            var name = doc.AccountName(group.Key.Account);
            var parts = group.Where(r => r.Objects.Count == 1 && r.Objects[0].Dimension == dimension).ToList();
            foreach (var part in parts)
            {
                entries.Add(new LedgerEntry(part.Line, date, part.Account, name, part.Objects[0].Id, null, "", Ore(part.Amount)));
            }

            var total = group.FirstOrDefault(r => r.IsTotal);
            if (total is not null)
            {
                var rest = Ore(total.Amount) - parts.Sum(p => Ore(p.Amount));
                if (rest != 0 || parts.Count == 0)
                {
                    entries.Add(new LedgerEntry(total.Line, date, total.Account, name, "", null, "", rest));
                }
            }
        }

        return entries;
    }

    private static long Ore(decimal kronor) => Money.Sek(kronor).Ore;
}
