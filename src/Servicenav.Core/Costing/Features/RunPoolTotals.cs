using Microsoft.EntityFrameworkCore;
using Servicenav.Costing.Domain;
using Servicenav.Data;

namespace Servicenav.Costing.Features;

/// <summary>
/// Recomputes, from a run's stored direct parts and its reciprocal solution, each primary activity's total part of
/// each pool — exactly the öre the run used (same decimals, same activity and pool order, same remainder rule).
/// </summary>
internal static class RunPoolTotals
{
    public static async Task<ILookup<string, CostingRunActivityPool>> ForActivities(
        ServicenavDb db, CostingRun run, IReadOnlyDictionary<string, CostingRunPool> pools, IReadOnlyCollection<string> wanted, CancellationToken ct)
    {
        var activities = await db.CostingRunActivities.AsNoTracking().Where(a => a.CostingRunId == run.Id).OrderBy(a => a.SortOrder).ToListAsync(ct);
        var index = activities.Select((a, i) => (a.ActivityCode, i)).ToDictionary(x => x.ActivityCode, x => x.i, StringComparer.OrdinalIgnoreCase);
        var support = activities.Where(a => a.Kind == ActivityKind.Support).ToList();
        var primary = activities.Where(a => a.Kind == ActivityKind.Primary).ToList();
        var reach = new decimal[primary.Count, support.Count];
        var supportIndex = support.Select((a, i) => (a.ActivityCode, i)).ToDictionary(x => x.ActivityCode, x => x.i, StringComparer.OrdinalIgnoreCase);
        var primaryIndex = primary.Select((a, i) => (a.ActivityCode, i)).ToDictionary(x => x.ActivityCode, x => x.i, StringComparer.OrdinalIgnoreCase);
        foreach (var r in await db.CostingRunReach.AsNoTracking().Where(r => r.CostingRunId == run.Id).ToListAsync(ct))
        {
            reach[primaryIndex[r.PrimaryCode], supportIndex[r.SupportCode]] = r.Fraction;
        }

        var carry = new SupportReach(support.Select(a => index[a.ActivityCode]).ToArray(), primary.Select(a => index[a.ActivityCode]).ToArray(), reach);
        var wantedPrimaries = primary.Select((a, k) => (a, k)).Where(x => wanted.Contains(x.a.ActivityCode, StringComparer.OrdinalIgnoreCase)).ToList();
        var direct = await db.CostingRunActivityPools.AsNoTracking().Where(p => p.CostingRunId == run.Id)
            .Select(p => new { p.PoolKey, p.ActivityCode, p.DirectOre }).ToListAsync(ct);

        var result = new List<CostingRunActivityPool>();
        var d = new long[activities.Count];
        var toPrimary = new long[primary.Count];
        foreach (var pool in direct.GroupBy(p => p.PoolKey))
        {
            Array.Clear(d);
            foreach (var part in pool)
            {
                d[index[part.ActivityCode]] = part.DirectOre;
            }

            carry.Split(pools[pool.Key].AmountOre, d, toPrimary);
            foreach (var (activity, k) in wantedPrimaries)
            {
                var own = d[index[activity.ActivityCode]];
                if (toPrimary[k] != 0 || own != 0)
                {
                    result.Add(new CostingRunActivityPool { CostingRunId = run.Id, ActivityCode = activity.ActivityCode, PoolKey = pool.Key, DirectOre = own, TotalOre = toPrimary[k] });
                }
            }
        }

        return result.ToLookup(p => p.ActivityCode, StringComparer.OrdinalIgnoreCase);
    }
}
