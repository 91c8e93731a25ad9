using Servicenav.Ledger;

namespace Servicenav.Costing.Domain;

/// <summary>
/// A service's self-cost traced back to the pools: the service's cost from a primary activity, per cost type, is split
/// over that activity's pools of the same cost type in proportion to each pool's total part in the activity (largest
/// remainder again), so the pool amounts of a service sum exactly to its cost from the activity. The part of a pool's
/// amount that came through support activities is shown in proportion (the activity's pool total vs its direct part).
/// </summary>
public static class ServiceBuildUp
{
    public static IReadOnlyList<PoolShare> SplitOverPools(
        CostingRunServiceActivity row,
        IReadOnlyList<CostingRunActivityPool> activityPools,
        IReadOnlyDictionary<string, CostType> poolTypes)
    {
        var result = new List<PoolShare>();
        foreach (var (type, amount) in row.ByCostType)
        {
            if (amount == 0)
            {
                continue;
            }

            var pools = activityPools.Where(p => p.TotalOre != 0 && poolTypes.GetValueOrDefault(p.PoolKey) == type).ToList();
            var sign = Math.Sign(pools.Sum(p => p.TotalOre));
            var weights = pools.Select(p => Math.Max(0m, sign * p.TotalOre)).ToArray();
            if (weights.All(w => w == 0))
            {
                continue;
            }

            var parts = new long[pools.Count];
            LargestRemainder.Split(amount, weights, parts);
            for (var i = 0; i < pools.Count; i++)
            {
                if (parts[i] == 0)
                {
                    continue;
                }

                var pool = pools[i];
                var viaSupport = pool.TotalOre == 0 ? 0 : (long)Math.Round(parts[i] * ((pool.TotalOre - pool.DirectOre) / (decimal)pool.TotalOre), 0, MidpointRounding.AwayFromZero);
                result.Add(new PoolShare(pool.PoolKey, type, parts[i], viaSupport));
            }
        }

        return result;
    }
}

/// <summary>A pool's part in a service's cost from one activity; <see cref="ViaSupportOre"/> of it came through support activities.</summary>
public sealed record PoolShare(string PoolKey, CostType CostType, long AmountOre, long ViaSupportOre);
