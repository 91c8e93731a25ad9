using Servicenav.Ledger;

namespace Servicenav.Costing.Domain;

/// <summary>
/// A stored calculation of a costing model: the snapshot pricing and the transparency pages read. Kept lean — the
/// pools as they were, each activity's totals, each pool's part in each activity, and each service's cost per
/// activity and cost type; a service's build-up per pool is computed from the last two (see <see cref="ServiceBuildUp"/>).
/// The header is saved through the context (one audit entry); the rows are written in bulk.
/// </summary>
public sealed class CostingRun
{
    private CostingRun()
    {
    }

    public CostingRun(Guid modelId, int year, LedgerKind basis, DateTime calculatedAtUtc, string calculatedBy, CostingOutcome outcome)
    {
        Id = Guid.CreateVersion7();
        CostingModelId = modelId;
        Year = year;
        Basis = basis;
        CalculatedAtUtc = calculatedAtUtc;
        CalculatedBy = calculatedBy;
        PoolsTotalOre = outcome.PoolsTotalOre;
        ServicesTotalOre = outcome.ServicesTotalOre;
        PoolCount = outcome.Pools.Count;
        ServiceCount = outcome.Services.Select(x => x.ServiceCode).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        RemainderPoolToActivityOre = outcome.Rounding.PoolToActivityOre;
        RemainderSupportOre = outcome.Rounding.SupportToPrimaryOre;
        RemainderServiceOre = outcome.Rounding.ActivityToServiceOre;
    }

    public Guid Id { get; private set; }

    public Guid CostingModelId { get; private set; }

    public int Year { get; private set; }

    public LedgerKind Basis { get; private set; }

    public DateTime CalculatedAtUtc { get; private set; }

    public string CalculatedBy { get; private set; } = "";

    public long PoolsTotalOre { get; private set; }

    public long ServicesTotalOre { get; private set; }

    public int PoolCount { get; private set; }

    public int ServiceCount { get; private set; }

    /// <summary>Öre handed out by the largest-remainder rule when pools were split over activities.</summary>
    public long RemainderPoolToActivityOre { get; private set; }

    /// <summary>Öre handed out when pools were carried through the support activities to the primary ones.</summary>
    public long RemainderSupportOre { get; private set; }

    /// <summary>Öre handed out when activities were split over services (per row in <see cref="CostingRunServiceActivity.RemainderOre"/>).</summary>
    public long RemainderServiceOre { get; private set; }
}

/// <summary>A pool as it was when the run was made.</summary>
public sealed class CostingRunPool
{
    public Guid CostingRunId { get; set; }

    public string PoolKey { get; set; } = "";

    public string AccountGroup { get; set; } = "";

    public string AccountGroupName { get; set; } = "";

    public string Ansvar { get; set; } = "";

    public CostType CostType { get; set; }

    public long AmountOre { get; set; }

    public int LineCount { get; set; }
}

/// <summary>An activity's own and total cost in a run (see <see cref="ActivityAmount"/>).</summary>
public sealed class CostingRunActivity
{
    public Guid CostingRunId { get; set; }

    public string ActivityCode { get; set; } = "";

    public string Name { get; set; } = "";

    public ActivityKind Kind { get; set; }

    public int SortOrder { get; set; }

    public long DirectOre { get; set; }

    public long TotalOre { get; set; }
}

/// <summary>
/// One pool's direct part in one activity (by the resource driver). Only direct parts are stored; a primary activity's
/// total part of a pool, incl. what came through support activities, is recomputed exactly from these and
/// <see cref="CostingRunReach"/> (see <see cref="SupportReach"/>) — a fifth of the rows.
/// </summary>
public sealed class CostingRunActivityPool
{
    public Guid CostingRunId { get; set; }

    public string ActivityCode { get; set; } = "";

    public string PoolKey { get; set; } = "";

    public long DirectOre { get; set; }

    /// <summary>Not stored: filled when the build-up is computed.</summary>
    public long TotalOre { get; set; }
}

/// <summary>The reciprocal solution of a run: the fraction of a support activity's own cost that ends in a primary activity.</summary>
public sealed class CostingRunReach
{
    public Guid CostingRunId { get; set; }

    public string PrimaryCode { get; set; } = "";

    public string SupportCode { get; set; } = "";

    /// <summary>Exact (28 significant digits), so a recomputation gives the same öre as the run.</summary>
    public decimal Fraction { get; set; }
}

/// <summary>One service's cost from one primary activity, by cost type, and the activity-driver quantity behind it.</summary>
public sealed class CostingRunServiceActivity
{
    public Guid CostingRunId { get; set; }

    public string ServiceCode { get; set; } = "";

    public string ActivityCode { get; set; } = "";

    public long PersonnelOre { get; set; }

    public long OtherOre { get; set; }

    public long CapitalOre { get; set; }

    /// <summary>Leftover öre this row received from the largest-remainder rule (0 for most rows).</summary>
    public int RemainderOre { get; set; }

    /// <summary>The activity-driver quantity × 1 000 000.</summary>
    public long QuantityMicro { get; set; }

    public long TotalOre => PersonnelOre + OtherOre + CapitalOre;

    /// <summary>The row's three amounts with their cost types, in the order the build-up and month spread use.</summary>
    public (CostType Type, long Ore)[] ByCostType => [(CostType.Personnel, PersonnelOre), (CostType.Other, OtherOre), (CostType.Capital, CapitalOre)];
}
