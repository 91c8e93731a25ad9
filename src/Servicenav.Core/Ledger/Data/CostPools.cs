using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.Ledger.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Data;

/// <summary>
/// The cost pools of a year: cost lines (classes 4–8) summed per account group × ansvar (whole öre, exact on both
/// databases) from the per-month sums the import stored (<see cref="LedgerPoolMonthFill"/>), not from the lines.
/// Capital costs (78x, 84x) are pools of their own because their groups are.
/// Callers (costing's use cases) check their own permission; this reads as the scope's user.
/// </summary>
internal sealed class CostPools(ServicenavDb db) : ICostPools
{
    public async Task<IReadOnlyList<CostPool>> ForYearAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default)
    {
        var sums = await db.LedgerPoolMonths
            .Where(m => m.Year == year && m.Kind == kind)
            .GroupBy(m => new { m.AccountGroup, m.Ansvar })
            .Select(g => new { g.Key.AccountGroup, AccountGroupName = g.Max(m => m.AccountGroupName), g.Key.Ansvar, Ore = g.Sum(m => m.AmountOre), Count = g.Sum(m => m.LineCount) })
            .ToListAsync(cancellationToken);

        return [.. sums
            .OrderBy(s => s.AccountGroup, StringComparer.Ordinal).ThenBy(s => s.Ansvar, StringComparer.Ordinal)
            .Select(s => new CostPool(Key(s.AccountGroup, s.Ansvar), s.AccountGroup, s.AccountGroupName ?? "", s.Ansvar,
                BasChart.CostTypeOf(s.AccountGroup), Money.FromOre(s.Ore), s.Count))];
    }

    public async Task<IReadOnlyList<CostPoolMonth>> MonthsOfPoolsAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default)
    {
        var months = await db.LedgerPoolMonths
            .Where(m => m.Year == year && m.Kind == kind)
            .Select(m => new { m.AccountGroup, m.Ansvar, m.Month, m.AmountOre })
            .ToListAsync(cancellationToken);
        return [.. months
            .OrderBy(m => m.AccountGroup, StringComparer.Ordinal).ThenBy(m => m.Ansvar, StringComparer.Ordinal).ThenBy(m => m.Month)
            .Select(m => new CostPoolMonth(Key(m.AccountGroup, m.Ansvar), m.Month, Money.FromOre(m.AmountOre)))];
    }

    public async Task<IReadOnlyList<LedgerLine>> LinesOfPoolAsync(int year, LedgerKind kind, string poolKey, int limit, CancellationToken cancellationToken = default)
    {
        if (!TryParseKey(poolKey, out var group, out var ansvar))
        {
            return [];
        }

        var rows = await db.LedgerRows
            .Where(r => r.Year == year && r.Kind == kind && r.AccountGroup == group && r.Ansvar == ansvar && r.AccountClass >= 4 && r.AccountClass <= 8)
            .OrderByDescending(r => r.AmountOre).ThenBy(r => r.Id)
            .Take(Math.Max(0, limit))
            .Select(r => new { r.Date, r.Account, r.AccountName, r.Ansvar, r.Voucher, r.Text, r.AmountOre })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LedgerLine(r.Date, r.Account, r.AccountName, r.Ansvar, r.Voucher, r.Text, Money.FromOre(r.AmountOre)))];
    }

    /// <summary>"501|1200": the account group, a bar, the ansvar (which may be empty).</summary>
    public static string Key(string accountGroup, string ansvar) => accountGroup + "|" + ansvar;

    public static bool TryParseKey(string key, out string group, out string ansvar)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        group = bar > 0 ? key[..bar] : "";
        ansvar = bar > 0 ? key[(bar + 1)..] : "";
        return bar > 0;
    }
}
