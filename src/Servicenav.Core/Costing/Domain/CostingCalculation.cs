using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Domain;

/// <summary>
/// Calculates a costing model over a year's cost pools, exactly to the öre:
/// <list type="number">
/// <item>each pool is split over activities by its resource driver (pool key before ansvar before account group);</item>
/// <item>support activities are solved reciprocally, C = (I − A)⁻¹·D, which gives R = B·(I − A)⁻¹, the fraction of each
/// support activity's own cost that ends in each primary activity (each column of R sums to 1);</item>
/// <item>each pool is then split once more over the primary activities in proportion to its direct part plus what reaches
/// them through the support activities — so every primary activity's cost is known per pool, summing to the pool;</item>
/// <item>each primary activity's cost, per cost type, is split over services by its activity driver.</item>
/// </list>
/// Every split uses <see cref="LargestRemainder"/>: nothing is lost or created, so the services' self-costs sum to the
/// pools to the öre. The leftover öre of the last step are recorded per service and activity.
/// </summary>
public static class CostingCalculation
{
    public static CostingOutcome Run(CostingModel model, IReadOnlyList<CostPool> pools, Func<string, bool> serviceExists)
    {
        var activities = model.Activities.OrderBy(a => a.SortOrder).ToList();
        var support = activities.Where(a => a.Kind == ActivityKind.Support).ToList();
        var primary = activities.Where(a => a.Kind == ActivityKind.Primary).ToList();
        var index = activities.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var supportIndex = support.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var primaryIndex = primary.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);

        var broken = new List<IBusinessRule> { new ModelMustHavePrimaryActivitiesRule(primary.Count) };
        var supportDrivers = support.Select(model.DriverOf).ToList();
        var activityDrivers = primary.Select(model.DriverOf).ToList();
        broken.Add(new EverySupportActivityMustBeAllocatedRule(support.Where((_, i) => supportDrivers[i] is null).Select(a => a.Code).ToList()));
        broken.Add(new EveryPrimaryActivityMustReachAServiceRule(primary.Where((_, i) => activityDrivers[i] is null).Select(a => a.Code).ToList()));
        broken.Add(new ActivityDriverServicesMustBeInCatalogueRule(activityDrivers.OfType<CostingDriver>()
            .SelectMany(d => d.Lines.Select(l => l.Target)).Distinct(StringComparer.OrdinalIgnoreCase).Where(s => !serviceExists(s)).Order(StringComparer.Ordinal).ToList()));

        // 1. Pools → activities.
        var resource = model.Drivers.Where(d => d.Kind == DriverKind.Resource).ToList();
        var byPool = ByKey(resource, DriverSource.Pool);
        var byAnsvar = ByKey(resource, DriverSource.Ansvar);
        var byGroup = ByKey(resource, DriverSource.AccountGroup);
        var poolDrivers = pools.Select(p => byPool.GetValueOrDefault(p.Key) ?? byAnsvar.GetValueOrDefault(p.Ansvar) ?? byGroup.GetValueOrDefault(p.AccountGroup)).ToList();
        broken.Add(new EveryPoolMustBeAssignedRule(pools.Where((p, i) => poolDrivers[i] is null && p.Amount != Money.Zero).Select(p => p.Key).ToList()));

        // 2. Support activities: shares, loop check and the reciprocal solution.
        var s = support.Count;
        var shareToSupport = new decimal[s, s];
        var shareToPrimary = new decimal[primary.Count, s];
        var toPrimaryTotal = new decimal[s];
        for (var j = 0; j < s; j++)
        {
            if (supportDrivers[j] is not { } driver)
            {
                continue;
            }

            var total = driver.Total;
            foreach (var line in driver.OrderedLines.Where(l => l.Value > 0))
            {
                var share = line.Value / total;
                if (supportIndex.TryGetValue(line.Target, out var i))
                {
                    shareToSupport[i, j] += share;
                }
                else if (primaryIndex.TryGetValue(line.Target, out var k))
                {
                    shareToPrimary[k, j] += share;
                    toPrimaryTotal[j] += share;
                }
            }
        }

        var trapped = ReciprocalSolver.Trapped(shareToSupport, toPrimaryTotal).Where(j => supportDrivers[j] is not null).Select(j => support[j].Code).ToList();
        broken.Add(new SupportLoopMustHaveOutflowRule(trapped));
        decimal[,]? inverse = null;
        if (trapped.Count == 0)
        {
            inverse = ReciprocalSolver.Invert(shareToSupport, out var failed);
            broken.Add(new ReciprocalSystemMustBeSolvableRule(inverse is null ? [support[failed].Code] : []));
        }

        var problems = broken.Where(r => r.IsBroken()).ToList();
        if (problems.Count > 0)
        {
            throw new BusinessRuleException(new CostingModelMustBeCalculableRule(problems));
        }

        // R[k, i]: the fraction of support activity i's own cost that ends in primary activity k.
        var reach = new decimal[primary.Count, s];
        for (var k = 0; k < primary.Count; k++)
        {
            for (var i = 0; i < s; i++)
            {
                var sum = 0m;
                for (var j = 0; j < s; j++)
                {
                    sum += shareToPrimary[k, j] * inverse![j, i];
                }

                reach[k, i] = sum;
            }
        }

        return Allocate(activities, support, primary, index, pools, poolDrivers!, reach, inverse!, activityDrivers!);
    }

    private static CostingOutcome Allocate(
        List<CostingActivity> activities,
        List<CostingActivity> support,
        List<CostingActivity> primary,
        Dictionary<string, int> index,
        IReadOnlyList<CostPool> pools,
        List<CostingDriver?> poolDrivers,
        decimal[,] reach,
        decimal[,] inverse,
        List<CostingDriver?> activityDrivers)
    {
        var n = activities.Count;
        var s = support.Count;
        var p = primary.Count;
        var supportPos = support.Select(a => index[a.Code]).ToArray();
        var primaryPos = primary.Select(a => index[a.Code]).ToArray();
        var primaryOf = Enumerable.Repeat(-1, n).ToArray();
        for (var k = 0; k < p; k++)
        {
            primaryOf[primaryPos[k]] = k;
        }

        var direct = new long[n];
        var supportDirect = new decimal[s];
        var primaryByType = new long[p, 3];
        var activityPools = new List<ActivityPoolAmount>();
        var remainderPoolToActivity = 0L;
        var remainderSupport = 0L;

        var d = new long[n];
        var toPrimary = new long[p];
        var carry = new SupportReach(supportPos, primaryPos, reach);
        for (var q = 0; q < pools.Count; q++)
        {
            var pool = pools[q];
            var amount = pool.Amount.Ore;
            if (amount == 0 || poolDrivers[q] is not { } driver)
            {
                continue;
            }

            Array.Clear(d);
            var lines = driver.OrderedLines;
            var lineWeights = new decimal[lines.Count];
            var lineParts = new long[lines.Count];
            for (var l = 0; l < lines.Count; l++)
            {
                lineWeights[l] = lines[l].Value;
            }

            remainderPoolToActivity += LargestRemainder.Split(amount, lineWeights, lineParts);
            for (var l = 0; l < lines.Count; l++)
            {
                d[index[lines[l].Target]] += lineParts[l];
            }

            for (var i = 0; i < s; i++)
            {
                supportDirect[i] += d[supportPos[i]];
            }

            remainderSupport += carry.Split(amount, d, toPrimary);

            var type = (int)pool.CostType;
            for (var a = 0; a < n; a++)
            {
                direct[a] += d[a];
                var k = primaryOf[a];
                var total = k >= 0 ? toPrimary[k] : 0L;
                if (d[a] != 0 || total != 0)
                {
                    activityPools.Add(new ActivityPoolAmount(activities[a].Code, pool.Key, d[a], total));
                }
            }

            for (var k = 0; k < p; k++)
            {
                primaryByType[k, type] += toPrimary[k];
            }
        }

        var full = ReciprocalSolver.Solve(inverse, supportDirect);
        var activityTotals = activities.Select((a, i) =>
        {
            var k = Array.IndexOf(primaryPos, i);
            var total = k >= 0
                ? primaryByType[k, 0] + primaryByType[k, 1] + primaryByType[k, 2]
                : (long)Math.Round(full[Array.IndexOf(supportPos, i)], 0, MidpointRounding.AwayFromZero);
            return new ActivityAmount(a.Code, a.Name, a.Kind, direct[i], total);
        }).ToList();

        var (services, remainderServices) = ToServices(primary, primaryByType, activityDrivers);
        var reachList = new List<ReachFraction>();
        for (var k = 0; k < p; k++)
        {
            for (var i = 0; i < s; i++)
            {
                if (reach[k, i] != 0)
                {
                    reachList.Add(new ReachFraction(primary[k].Code, support[i].Code, reach[k, i]));
                }
            }
        }

        return new CostingOutcome(
            pools,
            activityTotals,
            activityPools,
            services,
            new RoundingSummary(remainderPoolToActivity, remainderSupport, remainderServices),
            reachList);
    }

    private static (List<ServiceActivityAmount> Rows, long Remainder) ToServices(List<CostingActivity> primary, long[,] byType, List<CostingDriver?> drivers)
    {
        var rows = new List<ServiceActivityAmount>();
        var remainder = 0L;
        for (var k = 0; k < primary.Count; k++)
        {
            var driver = drivers[k]!;
            var lines = driver.OrderedLines;
            var weights = lines.Select(l => l.Value).ToArray();
            var parts = new long[3][];
            var received = new int[lines.Count];
            for (var t = 0; t < 3; t++)
            {
                parts[t] = new long[lines.Count];
                if (byType[k, t] != 0)
                {
                    remainder += LargestRemainder.Split(byType[k, t], weights, parts[t], received);
                }
            }

            for (var l = 0; l < lines.Count; l++)
            {
                if (parts[0][l] != 0 || parts[1][l] != 0 || parts[2][l] != 0 || lines[l].Value > 0)
                {
                    rows.Add(new ServiceActivityAmount(lines[l].Target, primary[k].Code, parts[0][l], parts[1][l], parts[2][l], received[l], lines[l].Value));
                }
            }
        }

        return (rows, remainder);
    }

    private static Dictionary<string, CostingDriver> ByKey(IEnumerable<CostingDriver> drivers, DriverSource source) =>
        drivers.Where(d => d.Source == source).ToDictionary(d => d.SourceKey, StringComparer.OrdinalIgnoreCase);
}

/// <summary>All the reasons a model cannot be calculated yet, together, so the controller can fix them in one go.</summary>
public sealed class CostingModelMustBeCalculableRule(IReadOnlyList<IBusinessRule> problems) : IBusinessRule
{
    public IReadOnlyList<string> Problems { get; } = problems.Select(p => p.Message).ToList();

    public bool IsBroken() => Problems.Count > 0;

    public string Message => string.Join(" ", Problems);
}

/// <summary>The result of a calculation before it is stored.</summary>
public sealed record CostingOutcome(
    IReadOnlyList<CostPool> Pools,
    IReadOnlyList<ActivityAmount> Activities,
    IReadOnlyList<ActivityPoolAmount> ActivityPools,
    IReadOnlyList<ServiceActivityAmount> Services,
    RoundingSummary Rounding,
    IReadOnlyList<ReachFraction> Reach)
{
    public long PoolsTotalOre => Pools.Sum(p => p.Amount.Ore);

    public long ServicesTotalOre => Services.Sum(s => s.TotalOre);
}

/// <summary>
/// An activity's own (direct) cost from the pools and its total: for a primary activity own + received (what goes on
/// to the services), for a support activity its reciprocal full cost C (own + received from other support activities).
/// </summary>
public sealed record ActivityAmount(string ActivityCode, string Name, ActivityKind Kind, long DirectOre, long TotalOre);

/// <summary>One pool's part in one activity: directly by the resource driver, and (primary activities) in total incl. via support.</summary>
public sealed record ActivityPoolAmount(string ActivityCode, string PoolKey, long DirectOre, long TotalOre);

/// <summary>One primary activity's cost in one service, by cost type; <see cref="RemainderOre"/> = leftover öre this row received.</summary>
public sealed record ServiceActivityAmount(string ServiceCode, string ActivityCode, long PersonnelOre, long OtherOre, long CapitalOre, int RemainderOre, decimal DriverQuantity)
{
    public long TotalOre => PersonnelOre + OtherOre + CapitalOre;
}

/// <summary>The fraction of a support activity's own cost that ends in a primary activity (the reciprocal solution, R = B·(I − A)⁻¹).</summary>
public sealed record ReachFraction(string PrimaryCode, string SupportCode, decimal Fraction);

/// <summary>How many öre each step handed out by the largest-remainder rule (none are left over anywhere).</summary>
public sealed record RoundingSummary(long PoolToActivityOre, long SupportToPrimaryOre, long ActivityToServiceOre);
