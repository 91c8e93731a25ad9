using Microsoft.EntityFrameworkCore;
using Servicenav.Costing.Domain;
using Servicenav.Costing.Features;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing;

/// <summary>
/// <see cref="IServiceSelfCosts"/> for pricing: the latest stored calculation of the year, each service's self-cost
/// summed over its activities per cost type (exact öre), and for year-end results the same spread over the months as the
/// basis booked its costs (<see cref="CostByMonth"/>). Callers check their own permissions; this is a module contract.
/// </summary>
internal sealed class ServiceSelfCostsReader(ServicenavDb db, ICostPools costPools) : IServiceSelfCosts
{
    public async Task<ServiceSelfCosts?> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var run = await CostingReads.LatestRun(db, year, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var services = await db.CostingRunServiceActivities.AsNoTracking().Where(r => r.CostingRunId == run.Id)
            .GroupBy(r => r.ServiceCode)
            .Select(g => new { Code = g.Key, Personnel = g.Sum(r => r.PersonnelOre), Other = g.Sum(r => r.OtherOre), Capital = g.Sum(r => r.CapitalOre) })
            .ToListAsync(cancellationToken);
        return new ServiceSelfCosts(
            run.Year,
            run.CostingModelId,
            run.Basis,
            run.CalculatedAtUtc,
            services.OrderBy(s => s.Code, StringComparer.Ordinal)
                .Select(s => new ServiceSelfCost(s.Code, Money.FromOre(s.Personnel), Money.FromOre(s.Other), Money.FromOre(s.Capital))).ToList());
    }

    public async Task<ServiceCostsByMonth?> ByMonthAsync(int year, CancellationToken cancellationToken = default)
    {
        var run = await CostingReads.LatestRun(db, year, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var pools = await db.CostingRunPools.AsNoTracking().Where(p => p.CostingRunId == run.Id).ToDictionaryAsync(p => p.PoolKey, cancellationToken);
        var primaries = await db.CostingRunActivities.AsNoTracking()
            .Where(a => a.CostingRunId == run.Id && a.Kind == ActivityKind.Primary).Select(a => a.ActivityCode).ToListAsync(cancellationToken);
        var activityPools = await RunPoolTotals.ForActivities(db, run, pools, primaries, cancellationToken);
        var rows = await db.CostingRunServiceActivities.AsNoTracking().Where(r => r.CostingRunId == run.Id).ToListAsync(cancellationToken);
        // The ledger as it is now: a basis re-imported since the run keeps the run's amounts, spread by the new months.
        var shares = PoolMonthShares.From(await costPools.MonthsOfPoolsAsync(run.Year, run.Basis, cancellationToken));
        return new ServiceCostsByMonth(run.Basis, run.CalculatedAtUtc, shares.IsYearTotals, CostByMonth.Spread(rows, activityPools, pools.ToDictionary(p => p.Key, p => p.Value.CostType), shares));
    }
}
