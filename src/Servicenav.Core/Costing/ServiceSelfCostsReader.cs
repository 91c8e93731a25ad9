using Microsoft.EntityFrameworkCore;
using Servicenav.Costing.Features;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing;

/// <summary>
/// <see cref="IServiceSelfCosts"/> for pricing: the latest stored calculation of the year, each service's self-cost
/// summed over its activities per cost type (exact öre). Pricing checks its own permissions; this is a module contract.
/// </summary>
internal sealed class ServiceSelfCostsReader(ServicenavDb db) : IServiceSelfCosts
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
}
