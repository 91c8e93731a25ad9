using Servicenav.Access;
using Servicenav.Catalog.Features;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>
/// Builds a plausible costing model for a year from whatever pools the ledger holds, for the demo: four support
/// activities (ledning, HR, lokaler, intern it — serving each other reciprocally), one primary activity per service
/// area of the decided catalogue, each ansvar's pools spread mostly over one area and partly over the support
/// activities, and activity drivers per service. Every number comes from a stable hash of the codes, so the same
/// pools and catalogue always give the same model. Does nothing when the year already has a model.
/// </summary>
public sealed record BuildDemoCostingModel(int Year, LedgerKind Basis = LedgerKind.Budget) : IRequest<Result<CostingModelSummary>>;

internal sealed class BuildDemoCostingModelHandler(ServicenavDb db, ICostPools costPools, TimeProvider clock) : IHandler<BuildDemoCostingModel, Result<CostingModelSummary>>
{
    private static readonly (string Code, string Name, string Unit)[] Support =
    [
        ("LED", "Ledning och styrning", "årsarbetare"),
        ("HR", "Personaladministration (intern)", "årsarbetare"),
        ("LOK", "Lokaler", "m²"),
        ("IIT", "Intern it och systemförvaltning", "användare"),
    ];

    private static readonly string[] ServiceUnits = ["ärenden", "användare", "timmar", "transaktioner"];

    public async Task<Result<CostingModelSummary>> Handle(BuildDemoCostingModel request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result<CostingModelSummary>.Forbidden();
        }

        if (await CostingReads.ModelOf(db, request.Year, cancellationToken) is { } existing)
        {
            return CostingReads.Summary(existing, await CostingReads.LatestRun(db, request.Year, cancellationToken));
        }

        var catalogue = await CatalogReads.LatestDecided(db, cancellationToken);
        var pools = await costPools.ForYearAsync(request.Year, request.Basis, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var model = CostingModel.Create(request.Year, request.Basis, db.User.UserName, now);
        foreach (var (code, name, _) in Support)
        {
            model.AddActivity(code, name, ActivityKind.Support, now);
        }

        var areas = catalogue?.Areas.OrderBy(a => a.SortOrder).Where(a => catalogue.Services.Any(s => s.AreaCode == a.Code)).ToList() ?? [];
        var primary = areas.Select((a, i) => (Area: a, Code: "P" + (i + 1).ToString("00", SwedishCulture.Culture))).ToList();
        foreach (var (area, code) in primary)
        {
            model.AddActivity(code, "Leverans – " + area.Name, ActivityKind.Primary, now);
        }

        if (primary.Count == 0)
        {
            db.CostingModels.Add(model);
            await db.SaveChangesAsync(cancellationToken);
            return CostingReads.Summary(model, null);
        }

        // Each ansvar: 60–80 % to one area's delivery, the rest over the support activities.
        foreach (var ansvar in pools.Select(p => p.Ansvar).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var h = Hash(ansvar);
            var main = primary[(int)(h % (uint)primary.Count)].Code;
            var mainShare = 60 + (int)(h / 7 % 21);
            var rest = 100 - mainShare;
            var lines = new List<(string, decimal)> { (main, mainShare) };
            var parts = Support.Select((s, i) => (s.Code, Weight: 1 + (int)(Hash(ansvar + s.Code) % 5))).ToList();
            var given = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                var share = i == parts.Count - 1 ? rest - given : rest * parts[i].Weight / parts.Sum(p => p.Weight);
                given += share;
                lines.Add((parts[i].Code, share));
            }

            model.SetDriver(DriverKind.Resource, DriverSource.Ansvar, ansvar, DriverBasis.Shares, "%", lines, now);
        }

        // Support activities serve each other (reciprocally) and every delivery, by FTEs, m² or users.
        foreach (var (code, _, unit) in Support)
        {
            var lines = Support.Where(s => s.Code != code).Select(s => (s.Code, (decimal)(2 + Hash(code + s.Code) % 8)))
                .Concat(primary.Select(p => (p.Code, (decimal)(20 + Hash(code + p.Code) % 80))))
                .ToList();
            model.SetDriver(DriverKind.Support, DriverSource.Activity, code, DriverBasis.Quantities, unit, lines, now);
        }

        // Each delivery over its area's services by a volume the service is measured in.
        foreach (var (area, code) in primary)
        {
            var services = catalogue!.Services.Where(s => s.AreaCode == area.Code).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
            var unit = ServiceUnits[(int)(Hash(area.Code) % (uint)ServiceUnits.Length)];
            model.SetDriver(DriverKind.Activity, DriverSource.Activity, code, DriverBasis.Quantities, unit,
                services.Select(s => (s.Code, (decimal)(100 + Hash(s.Code) % 9_900))).ToList(), now);
        }

        db.CostingModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        return CostingReads.Summary(model, null);
    }

    /// <summary>FNV-1a: stable across runs and platforms (string.GetHashCode is randomised per process).</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
