using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>
/// What builds up a service's self-cost in the latest calculation: per primary activity (with its driver quantity) and,
/// within it, per cost pool — the part that came through support activities shown beside it. The pool amounts of an
/// activity sum exactly to the service's cost from it.
/// </summary>
public sealed record GetServiceCostBuildUp(int Year, string ServiceCode) : IRequest<Result<ServiceBuildUpDto>>;

internal sealed class GetServiceCostBuildUpHandler(ServicenavDb db) : IHandler<GetServiceCostBuildUp, Result<ServiceBuildUpDto>>
{
    public async Task<Result<ServiceBuildUpDto>> Handle(GetServiceCostBuildUp request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<ServiceBuildUpDto>.Forbidden();
        }

        var run = await CostingReads.LatestRun(db, request.Year, cancellationToken);
        if (run is null)
        {
            return Result<ServiceBuildUpDto>.NotFound();
        }

        var built = await Build(db, run, request.ServiceCode, cancellationToken);
        return built is null ? Result<ServiceBuildUpDto>.NotFound() : built;
    }

    internal static async Task<ServiceBuildUpDto?> Build(ServicenavDb db, CostingRun run, string serviceCode, CancellationToken ct)
    {
        var rows = await db.CostingRunServiceActivities.AsNoTracking()
            .Where(r => r.CostingRunId == run.Id && r.ServiceCode == serviceCode).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return null;
        }

        var activityCodes = rows.Select(r => r.ActivityCode).ToList();
        var activities = await db.CostingRunActivities.AsNoTracking().Where(a => a.CostingRunId == run.Id && activityCodes.Contains(a.ActivityCode))
            .ToDictionaryAsync(a => a.ActivityCode, ct);
        // All of the run's pools in one read: a service's activities usually touch most of them (through support).
        var pools = await db.CostingRunPools.AsNoTracking().Where(p => p.CostingRunId == run.Id).ToDictionaryAsync(p => p.PoolKey, ct);
        var activityPools = await RunPoolTotals.ForActivities(db, run, pools, activityCodes, ct);
        var units = await db.CostingModels.AsNoTracking().Where(m => m.Id == run.CostingModelId)
            .SelectMany(m => m.Drivers).Where(d => d.Kind == DriverKind.Activity).ToDictionaryAsync(d => d.SourceKey, d => d.Unit, ct);
        var names = await CostingReads.CatalogueServices(db, ct);
        var poolTypes = pools.ToDictionary(p => p.Key, p => p.Value.CostType);

        var result = new List<BuildUpActivityDto>();
        foreach (var row in rows.OrderBy(r => activities.GetValueOrDefault(r.ActivityCode)?.SortOrder ?? 0))
        {
            var shares = ServiceBuildUp.SplitOverPools(row, activityPools[row.ActivityCode].ToList(), poolTypes);
            var poolDtos = shares.OrderByDescending(s => Math.Abs(s.AmountOre)).Select(s =>
            {
                var pool = pools[s.PoolKey];
                return new BuildUpPoolDto(s.PoolKey, pool.AccountGroup, pool.AccountGroupName, pool.Ansvar, s.CostType, Kr(s.AmountOre), Kr(s.ViaSupportOre), Kr(pool.AmountOre));
            }).ToList();
            result.Add(new BuildUpActivityDto(
                row.ActivityCode,
                activities.GetValueOrDefault(row.ActivityCode)?.Name ?? row.ActivityCode,
                row.QuantityMicro / 1_000_000m,
                units.GetValueOrDefault(row.ActivityCode) ?? "",
                Kr(row.PersonnelOre),
                Kr(row.OtherOre),
                Kr(row.CapitalOre),
                Kr(row.TotalOre),
                row.RemainderOre,
                poolDtos));
        }

        return new ServiceBuildUpDto(
            CostingReads.Summary(run),
            rows[0].ServiceCode,
            names.GetValueOrDefault(serviceCode)?.Name ?? serviceCode,
            Kr(rows.Sum(r => r.PersonnelOre)),
            Kr(rows.Sum(r => r.OtherOre)),
            Kr(rows.Sum(r => r.CapitalOre)),
            Kr(rows.Sum(r => r.TotalOre)),
            result);
    }

    private static decimal Kr(long ore) => Money.FromOre(ore).Kronor;
}
