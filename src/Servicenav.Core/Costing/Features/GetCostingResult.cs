using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>The latest calculation of a year: each service's self-cost by cost type, the activities, and where leftover öre went.</summary>
public sealed record GetCostingResult(int Year) : IRequest<Result<CostingResultDto>>;

internal sealed class GetCostingResultHandler(ServicenavDb db) : IHandler<GetCostingResult, Result<CostingResultDto>>
{
    public async Task<Result<CostingResultDto>> Handle(GetCostingResult request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<CostingResultDto>.Forbidden();
        }

        var run = await CostingReads.LatestRun(db, request.Year, cancellationToken);
        if (run is null)
        {
            return Result<CostingResultDto>.NotFound();
        }

        var names = await CostingReads.CatalogueServices(db, cancellationToken);
        var rows = await db.CostingRunServiceActivities.AsNoTracking().Where(r => r.CostingRunId == run.Id).ToListAsync(cancellationToken);
        var services = rows.GroupBy(r => r.ServiceCode, StringComparer.OrdinalIgnoreCase).Select(g =>
        {
            var name = names.GetValueOrDefault(g.Key);
            var (personnel, other, capital) = (g.Sum(r => r.PersonnelOre), g.Sum(r => r.OtherOre), g.Sum(r => r.CapitalOre));
            return new ServiceCostDto(g.Key, name?.Name ?? g.Key, name?.AreaName ?? "", Kr(personnel), Kr(other), Kr(capital), Kr(personnel + other + capital), g.Sum(r => r.RemainderOre));
        }).OrderBy(s => s.AreaName, StringComparer.Ordinal).ThenBy(s => s.ServiceName, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
        var activities = await db.CostingRunActivities.AsNoTracking().Where(a => a.CostingRunId == run.Id).OrderBy(a => a.SortOrder)
            .Select(a => new { a.ActivityCode, a.Name, a.Kind, a.DirectOre, a.TotalOre }).ToListAsync(cancellationToken);
        var remainders = rows.Where(r => r.RemainderOre != 0).OrderBy(r => r.ServiceCode, StringComparer.Ordinal).ThenBy(r => r.ActivityCode, StringComparer.Ordinal)
            .Select(r => new RemainderDto(r.ServiceCode, r.ActivityCode, r.RemainderOre)).ToList();
        return new CostingResultDto(
            CostingReads.Summary(run),
            services,
            activities.Select(a => new ActivityCostDto(a.ActivityCode, a.Name, a.Kind, Kr(a.DirectOre), Kr(a.TotalOre))).ToList(),
            remainders);
    }

    private static decimal Kr(long ore) => Money.FromOre(ore).Kronor;
}
