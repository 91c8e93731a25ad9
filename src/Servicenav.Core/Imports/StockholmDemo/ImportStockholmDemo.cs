using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Imports.StockholmDemo;

/// <summary>
/// Imports the Region Stockholm dataset: customers, the catalogue (as a decided first version, or into a
/// draft when a catalogue already exists) and the usage matrix. All files are checked before anything is
/// written; all is written in one transaction; running it again with the same files changes nothing.
/// </summary>
/// <param name="Folder">Folder holding the CSV files.</param>
/// <param name="OwnerUsersByTitle">Optional: links owner titles (service_owner_role) to Tjänsteägare users.</param>
public sealed record ImportStockholmDemo(string Folder, IReadOnlyDictionary<string, Guid>? OwnerUsersByTitle = null)
    : IRequest<Result<ImportReport>>;

public sealed record ImportReport(
    int CustomersAdded,
    int CustomersUpdated,
    int ServicesAdded,
    int ServicesChanged,
    int? CatalogVersion,
    bool CatalogDecided,
    int UsageCellsChanged)
{
    public bool ChangedAnything =>
        CustomersAdded + CustomersUpdated + ServicesAdded + ServicesChanged + UsageCellsChanged > 0;
}

internal sealed class ImportStockholmDemoHandler(ServicenavDb db, TimeProvider clock) : IHandler<ImportStockholmDemo, Result<ImportReport>>
{
    /// <summary>
    /// The report (RS 2024-0566) is a proposal to the regional council for its meeting of 12–13 November
    /// 2024; the demo treats it as decided then, in force from 2025-01-01.
    /// </summary>
    private static CatalogDecision DemoDecision() =>
        new("RS 2024-0566", new DateOnly(2024, 11, 12), "Regionfullmäktige", new DateOnly(2025, 1, 1));

    private static readonly DateOnly EmployeesAsOf = new(2024, 1, 31);

    public async Task<Result<ImportReport>> Handle(ImportStockholmDemo request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ImportData))
        {
            return Result<ImportReport>.Forbidden();
        }

        var data = StockholmDataset.Read(request.Folder);
        var (added, updated, customerIds) = await ApplyCustomers(data, cancellationToken);
        var catalog = await ApplyCatalog(data, request.OwnerUsersByTitle ?? new Dictionary<string, Guid>(), cancellationToken);
        var usageChanged = await ApplyUsage(data, customerIds, cancellationToken);

        // One SaveChanges: one transaction, so a failure leaves the database as it was.
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(added, updated, catalog.Added, catalog.Changed, catalog.Version, catalog.Decided, usageChanged);
    }

    private async Task<(int Added, int Updated, Dictionary<int, Guid> Ids)> ApplyCustomers(StockholmDataset data, CancellationToken ct)
    {
        var existing = await db.Customers.ToListAsync(ct);
        var ids = new Dictionary<int, Guid>();
        int added = 0, updated = 0;
        foreach (var c in data.Customers)
        {
            var customer = existing.FirstOrDefault(e => string.Equals(e.Name, c.Name, StringComparison.OrdinalIgnoreCase))
                ?? existing.FirstOrDefault(e => e.Number == c.Number);

            // The account string is the region's own, entered in Servicenav: the import keeps it.
            var details = new CustomerDetails(c.Name, c.Number, c.Kind, c.OrganisationNumber, c.Employees, EmployeesAsOf, customer?.AccountString);
            if (customer is null)
            {
                customer = new Customer(details);
                db.Customers.Add(customer);
                added++;
            }
            else if (customer.Details != details)
            {
                customer.Update(details);
                updated++;
            }

            ids[c.Number] = customer.Id;
        }

        return (added, updated, ids);
    }

    private async Task<(int Added, int Changed, int? Version, bool Decided)> ApplyCatalog(
        StockholmDataset data, IReadOnlyDictionary<string, Guid> owners, CancellationToken ct)
    {
        var draft = await CatalogReads.Draft(db, ct);
        var latest = await CatalogReads.LatestDecided(db, ct);
        var target = draft ?? latest;
        var desired = data.Services
            .Select(s => (s.Code, Content: s.Content with { OwnerUserId = OwnerFor(s, owners, target) }))
            .ToList();

        if (target is null)
        {
            var first = CatalogVersion.StartDraft(1, null, null, db.User.UserName, clock.GetUtcNow().UtcDateTime);
            Apply(first, data.Areas, desired);
            first.Decide(DemoDecision(), null, db.User.UserName, clock.GetUtcNow().UtcDateTime);
            db.CatalogVersions.Add(first);
            return (desired.Count, 0, first.Number, true);
        }

        var changes = Count(target, data.Areas, desired);
        if (changes.Added + changes.Changed == 0)
        {
            return (0, 0, null, false);
        }

        if (draft is null)
        {
            var number = await db.CatalogVersions.MaxAsync(v => v.Number, ct) + 1;
            draft = CatalogVersion.StartDraft(number, latest, null, db.User.UserName, clock.GetUtcNow().UtcDateTime);
            db.CatalogVersions.Add(draft);
        }

        Apply(draft, data.Areas, desired);
        return (changes.Added, changes.Changed, draft.Number, false);
    }

    private static Guid? OwnerFor(StockholmService s, IReadOnlyDictionary<string, Guid> owners, CatalogVersion? target) =>
        owners.TryGetValue(s.Content.OwnerName, out var id) ? id : target?.FindService(s.Code)?.OwnerUserId;

    private static (int Added, int Changed) Count(CatalogVersion target, IReadOnlyList<StockholmArea> areas, List<(string Code, ServiceContent Content)> desired)
    {
        var areaChanges = areas.Count(a => target.FindArea(a.Code)?.Name != a.Name);
        var added = desired.Count(d => target.FindService(d.Code) is null);
        var changed = desired.Count(d => target.FindService(d.Code) is { } s && !s.Content.SameAs(d.Content));
        return (added, changed + areaChanges);
    }

    private static void Apply(CatalogVersion version, IReadOnlyList<StockholmArea> areas, List<(string Code, ServiceContent Content)> desired)
    {
        foreach (var area in areas)
        {
            if (version.FindArea(area.Code) is null)
            {
                version.AddArea(area.Code, area.Name);
            }
            else
            {
                version.RenameArea(area.Code, area.Name);
            }
        }

        foreach (var (code, content) in desired)
        {
            if (version.FindService(code) is null)
            {
                version.AddService(code, content);
            }
            else if (!version.FindService(code)!.Content.SameAs(content))
            {
                version.UpdateService(code, content);
            }
        }
    }

    private async Task<int> ApplyUsage(StockholmDataset data, Dictionary<int, Guid> customerIds, CancellationToken ct)
    {
        var ids = customerIds.Values.ToList();
        var existing = (await db.ServiceUsages.Where(u => ids.Contains(u.CustomerId)).ToListAsync(ct))
            .ToDictionary(u => (u.CustomerId, u.ServiceCode));
        var changed = 0;
        foreach (var cell in data.Usage)
        {
            var customerId = customerIds[cell.CustomerNumber];
            if (!existing.TryGetValue((customerId, cell.ServiceCode), out var usage))
            {
                if (cell.Status == UsageStatus.Unknown && cell.Note is null)
                {
                    continue; // unknown is the default: no row needed
                }

                usage = new ServiceUsage(customerId, cell.ServiceCode);
                db.ServiceUsages.Add(usage);
            }
            else if (usage.Status == cell.Status && usage.DegreePercent == cell.DegreePercent && usage.Note == cell.Note)
            {
                continue;
            }

            usage.Record(cell.Status, cell.DegreePercent, cell.Note);
            changed++;
        }

        return changed;
    }
}
