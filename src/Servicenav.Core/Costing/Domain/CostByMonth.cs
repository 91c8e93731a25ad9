using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Domain;

/// <summary>
/// Spreads a run's self-costs over the months the way the cost basis booked them. A primary activity's cost of one
/// cost type is made of its pools' parts (direct and through support activities); its month profile is those parts
/// weighted by each pool's month shares in the ledger. Each service's cost from the activity, per cost type, then
/// follows that profile (<see cref="MonthSplit"/>, exact to the öre), so a service's months sum to its self-cost and
/// depreciation booked in December stays in December.
/// </summary>
public static class CostByMonth
{
    public static IReadOnlyList<ServiceCostByMonth> Spread(
        IEnumerable<CostingRunServiceActivity> rows,
        ILookup<string, CostingRunActivityPool> activityPools,
        IReadOnlyDictionary<string, CostType> poolTypes,
        PoolMonthShares shares)
    {
        var profiles = new Dictionary<(string Activity, CostType Type), decimal[]>();
        decimal[] Profile(string activity, CostType type)
        {
            if (!profiles.TryGetValue((activity, type), out var profile))
            {
                profile = new decimal[MonthSplit.Months];
                foreach (var pool in activityPools[activity].Where(p => p.TotalOre != 0 && poolTypes.GetValueOrDefault(p.PoolKey) == type))
                {
                    var poolShares = shares.Of(pool.PoolKey);
                    for (var m = 0; m < MonthSplit.Months; m++)
                    {
                        profile[m] += pool.TotalOre * poolShares[m];
                    }
                }

                profiles[(activity, type)] = profile;
            }

            return profile;
        }

        var services = new Dictionary<string, long[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!services.TryGetValue(row.ServiceCode, out var months))
            {
                services[row.ServiceCode] = months = new long[MonthSplit.Months];
            }

            foreach (var (type, amount) in row.ByCostType)
            {
                if (amount == 0)
                {
                    continue;
                }

                var parts = MonthSplit.Split(amount, Profile(row.ActivityCode, type));
                for (var m = 0; m < MonthSplit.Months; m++)
                {
                    months[m] += parts[m];
                }
            }
        }

        return [.. services
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new ServiceCostByMonth(s.Key, [.. s.Value.Select(Money.FromOre)]))];
    }
}

/// <summary>
/// Each pool's share of its amount per month (twelve shares summing to 1). A pool with no dated lines, or whose lines
/// cancel out, is spread evenly. When every line of the basis falls in one month the ledger holds year totals (a
/// yearly budget entered on one date), not a monthly profile, and every pool is spread evenly.
/// </summary>
public sealed class PoolMonthShares
{
    private static readonly decimal[] Even = [.. Enumerable.Repeat(1m / MonthSplit.Months, MonthSplit.Months)];
    private readonly Dictionary<string, decimal[]> _shares;

    private PoolMonthShares(Dictionary<string, decimal[]> shares) => _shares = shares;

    /// <summary>True when the basis was booked as year totals and is spread evenly.</summary>
    public bool IsYearTotals { get; private init; }

    public static PoolMonthShares From(IReadOnlyList<CostPoolMonth> months)
    {
        var shares = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        if (months.Select(m => m.Month).Distinct().Count() <= 1)
        {
            return new PoolMonthShares(shares) { IsYearTotals = months.Count > 0 };
        }

        foreach (var pool in months.GroupBy(m => m.PoolKey, StringComparer.Ordinal))
        {
            var total = pool.Sum(m => m.Amount.Ore);
            if (total == 0)
            {
                continue;
            }

            var poolShares = new decimal[MonthSplit.Months];
            foreach (var month in pool)
            {
                poolShares[month.Month - 1] += month.Amount.Ore / (decimal)total;
            }

            shares[pool.Key] = poolShares;
        }

        return new PoolMonthShares(shares);
    }

    public IReadOnlyList<decimal> Of(string poolKey) => _shares.GetValueOrDefault(poolKey) ?? Even;
}
