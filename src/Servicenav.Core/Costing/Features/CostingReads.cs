using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Features;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>How the costing use cases find models, runs, catalogue services and pools.</summary>
public static class CostingReads
{
    public static Task<CostingModel?> ModelOf(ServicenavDb db, int year, CancellationToken ct) =>
        db.CostingModels.Include(m => m.Activities).Include(m => m.Drivers).ThenInclude(d => d.Lines).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Year == year, ct);

    public static Task<CostingRun?> LatestRun(ServicenavDb db, int year, CancellationToken ct) =>
        db.CostingRuns.AsNoTracking().Where(r => r.Year == year).OrderByDescending(r => r.CalculatedAtUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>The services of the latest decided catalogue (or the draft when nothing is decided yet), by code.</summary>
    public static async Task<Dictionary<string, ServiceOption>> CatalogueServices(ServicenavDb db, CancellationToken ct)
    {
        var version = await CatalogReads.LatestDecided(db, ct) ?? await CatalogReads.Draft(db, ct);
        var options = new Dictionary<string, ServiceOption>(StringComparer.OrdinalIgnoreCase);
        if (version is null)
        {
            return options;
        }

        foreach (var service in version.Services)
        {
            options[service.Code] = new ServiceOption(service.Code, service.Name, version.FindArea(service.AreaCode)?.Name ?? service.AreaCode);
        }

        return options;
    }

    public static CostingRunSummary Summary(CostingRun run) => new(
        run.Id,
        run.Year,
        run.Basis,
        run.CalculatedAtUtc,
        run.CalculatedBy,
        Money.FromOre(run.PoolsTotalOre).Kronor,
        Money.FromOre(run.ServicesTotalOre).Kronor,
        run.PoolCount,
        run.ServiceCount,
        run.RemainderPoolToActivityOre,
        run.RemainderSupportOre,
        run.RemainderServiceOre);

    public static CostingModelSummary Summary(CostingModel model, CostingRun? run) => new(
        model.Year,
        model.Id,
        model.Basis,
        model.Status,
        model.Activities.Count,
        model.Drivers.Count,
        model.ChangedAtUtc,
        model.CalculatedAtUtc,
        run is null ? null : Money.FromOre(run.ServicesTotalOre).Kronor);

    /// <summary>Which resource driver takes a pool: its own, else its ansvar's, else its account group's.</summary>
    public static Func<CostPool, CostingDriver?> PoolAssignment(CostingModel model)
    {
        var resource = model.Drivers.Where(d => d.Kind == DriverKind.Resource).ToList();
        Dictionary<string, CostingDriver> By(DriverSource source) =>
            resource.Where(d => d.Source == source).ToDictionary(d => d.SourceKey, StringComparer.OrdinalIgnoreCase);
        var byPool = By(DriverSource.Pool);
        var byAnsvar = By(DriverSource.Ansvar);
        var byGroup = By(DriverSource.AccountGroup);
        return pool => byPool.GetValueOrDefault(pool.Key) ?? byAnsvar.GetValueOrDefault(pool.Ansvar) ?? byGroup.GetValueOrDefault(pool.AccountGroup);
    }

    public static CostingDriverDto Dto(CostingDriver d) =>
        new(d.Id, d.Kind, d.Source, d.SourceKey, d.Basis, d.Unit, d.OrderedLines.Select(l => new CostingDriverLineDto(l.Target, l.Value)).ToList());
}
