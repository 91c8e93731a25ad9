using Servicenav.SharedKernel;

namespace Servicenav.Ledger;

/// <summary>Whether a year's ledger figures are the budget or the outcome (utfall).</summary>
public enum LedgerKind
{
    Budget,
    Outcome,
}

/// <summary>The cost types the indicative prices index separately (wages, other costs, capital costs).</summary>
public enum CostType
{
    Personnel,
    Other,
    Capital,
}

/// <summary>
/// What costing needs from the ledger: a year's cost pools (account group × ansvar; capital costs in pools of
/// their own) and, for the transparency drill-down, the ledger lines behind one pool.
/// </summary>
public interface ICostPools
{
    Task<IReadOnlyList<CostPool>> ForYearAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default);

    /// <summary>
    /// How each pool's amount is spread over the year's months (by the lines' dates): what a year-end result needs
    /// to show self-cost month by month. Only months with lines are listed; a pool's months sum to its amount.
    /// </summary>
    Task<IReadOnlyList<CostPoolMonth>> MonthsOfPoolsAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default);

    /// <summary>The ledger lines that make up a pool, largest amounts first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<LedgerLine>> LinesOfPoolAsync(int year, LedgerKind kind, string poolKey, int limit, CancellationToken cancellationToken = default);
}

/// <summary>One cost pool. <see cref="Key"/> is stable across imports of the same year ("5010|1200").</summary>
public sealed record CostPool(
    string Key,
    string AccountGroup,
    string AccountGroupName,
    string Ansvar,
    CostType CostType,
    Money Amount,
    int LineCount);

/// <summary>What a pool's lines dated in one month (1–12) of the year sum to.</summary>
public sealed record CostPoolMonth(string PoolKey, int Month, Money Amount);

/// <summary>One imported ledger line (a #TRANS row, a #PSALDO total or a CSV row).</summary>
public sealed record LedgerLine(
    DateOnly Date,
    string Account,
    string AccountName,
    string Ansvar,
    string? Voucher,
    string Text,
    Money Amount);
