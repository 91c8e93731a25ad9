using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.Usage.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Projections of cases shared by the case use cases: rows with names, and the full case for its page.</summary>
internal static class CaseReads
{
    public static IQueryable<CaseRowData> RowData(ServicenavDb db, IQueryable<Case> cases) =>
        from c in cases
        join customer in db.Customers on c.CustomerId equals customer.Id
        join g in db.ResolverGroups on c.GroupId equals g.Id
        select new CaseRowData(c.Id, c.Number, c.Type, c.Subject, c.ServiceCode, c.Status, c.Priority, c.Channel,
            c.CustomerId, customer.Name, c.RequesterName, g.Name, c.AssigneeName, c.CreatedAtUtc, c.LastActivityAtUtc,
            c.FirstResponseAtUtc, c.Clocks.ResponseDueUtc, c.Clocks.ResolutionDueUtc, c.Clocks.ResponseSla, c.Clocks.ResolutionSla, c.Clocks.GroupSla);

    public static async Task<IReadOnlyList<CaseRow>> RowsAsync(ServicenavDb db, IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var data = await RowData(db, cases).ToListAsync(cancellationToken);
        var names = await ServiceNamesAsync(db, cancellationToken);
        return data.Select(d => d.ToRow(names)).ToList();
    }

    /// <summary>The rows of the cases with these ids, in the order of the ids (a page picked or ranked beforehand).</summary>
    public static async Task<IReadOnlyList<CaseRow>> RowsInOrderAsync(ServicenavDb db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await RowsAsync(db, db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)), cancellationToken);
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return rows.OrderBy(r => position[r.Id]).ToList();
    }

    /// <summary>Names of the services in the latest decided catalogue, by code (a few hundred at most).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ServiceNamesAsync(ServicenavDb db, CancellationToken cancellationToken) =>
        (await DeskReference.CatalogueAsync(db, cancellationToken)).Names;

    public static Task<Guid?> LatestDecidedVersionIdAsync(ServicenavDb db, CancellationToken cancellationToken) =>
        DeskReference.LatestDecidedVersionIdAsync(db, cancellationToken);

    public static async Task<CaseDetails> DetailsAsync(ServicenavDb db, Case c, CaseViewer viewer, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(db, db.Cases.AsNoTracking().Where(x => x.Id == c.Id), cancellationToken)).Single();
        var events = db.CaseEvents.AsNoTracking().Where(e => e.CaseId == c.Id);
        if (!viewer.MayWork(c) && !viewer.SeesAll)
        {
            events = events.Where(e => e.IsPublic);
        }

        var history = await events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new CaseEventDto(e.Id, e.Kind, e.AtUtc, e.ActorName, e.ActorIsStaff, e.Text, e.IsPublic, e.FromValue, e.ToValue))
            .ToListAsync(cancellationToken);
        var rootCause = c.RootCauseId is null
            ? null
            : await db.RootCauses.AsNoTracking().Where(r => r.Id == c.RootCauseId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
        var staff = viewer.MayWork(c) || viewer.SeesAll;
        return new CaseDetails(
            row, c.Description, c.Impact, c.Urgency, c.GroupId, c.AssigneeUserId, c.ServiceNotUsedByCustomer, rootCause, c.Solution,
            c.FirstResponseAtUtc, c.SolvedAtUtc, c.ClosedAtUtc, c.ReopenCount, history, Abilities(c, viewer),
            staff ? await RequesterAsync(db, c, cancellationToken) : null);
    }

    private static CaseAbilities Abilities(Case c, CaseViewer viewer)
    {
        var work = viewer.MayWork(c);
        var requester = viewer.IsRequesterSide(c);
        return new CaseAbilities(
            work,
            requester && c.Status != CaseStatus.Closed,
            requester && c.Status == CaseStatus.Solved,
            work ? CaseStatusFlow.Allowed(c.Status).Where(s => s is not (CaseStatus.Solved or CaseStatus.Closed) && c.Status != CaseStatus.Solved).ToList() : [],
            work && CaseStatusFlow.IsAllowed(c.Status, CaseStatus.Solved),
            (work || requester) && c.Status == CaseStatus.Solved);
    }

    /// <summary>The requester, their customer and unit, what the customer uses and their latest cases.</summary>
    public static async Task<RequesterContext?> RequesterAsync(ServicenavDb db, Case c, CancellationToken cancellationToken)
    {
        var contact = await ContactReads.ByIdAsync(db, c.ContactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var names = await ServiceNamesAsync(db, cancellationToken);
        var used = await db.ServiceUsages.AsNoTracking()
            .Where(u => u.CustomerId == c.CustomerId && u.Status == UsageStatus.Uses)
            .Select(u => u.ServiceCode).ToListAsync(cancellationToken);
        var recent = await RowsAsync(db,
            db.Cases.AsNoTracking().Where(x => x.ContactId == c.ContactId && x.Id != c.Id).OrderByDescending(x => x.CreatedAtUtc).Take(5),
            cancellationToken);
        return new RequesterContext(
            contact.Id, contact.Name, contact.Email, contact.Phone, contact.Title, contact.CustomerId, contact.CustomerName, contact.UnitName,
            used.Select(code => names.TryGetValue(code, out var n) ? n : code).Order(StringComparer.Create(SharedKernel.SwedishCulture.Culture, true)).ToList(),
            recent.OrderByDescending(r => r.CreatedAtUtc).ToList());
    }
}

internal sealed record CaseRowData(
    Guid Id, string Number, CaseType Type, string Subject, string? ServiceCode, CaseStatus Status, int Priority, CaseChannel Channel,
    Guid CustomerId, string CustomerName, string RequesterName, string GroupName, string? AssigneeName, DateTime CreatedAtUtc, DateTime LastActivityAtUtc,
    DateTime? FirstResponseAtUtc, DateTime? ResponseDueUtc, DateTime? ResolutionDueUtc,
    Domain.Sla.SlaStatus? ResponseSla, Domain.Sla.SlaStatus? ResolutionSla, Domain.Sla.SlaStatus? GroupSla)
{
    public CaseRow ToRow(IReadOnlyDictionary<string, string> serviceNames) => new(
        Id, Number, Type, Subject, ServiceCode, ServiceCode is null ? null : serviceNames.GetValueOrDefault(ServiceCode, ServiceCode),
        Status, Priority, Channel, CustomerId, CustomerName, RequesterName, GroupName, AssigneeName,
        DateTime.SpecifyKind(CreatedAtUtc, DateTimeKind.Utc), DateTime.SpecifyKind(LastActivityAtUtc, DateTimeKind.Utc),
        Utc(FirstResponseAtUtc is null ? ResponseDueUtc ?? ResolutionDueUtc : ResolutionDueUtc), Worst(ResponseSla, ResolutionSla, GroupSla));

    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private static Domain.Sla.SlaStatus? Worst(params Domain.Sla.SlaStatus?[] statuses) =>
        statuses.Where(s => s is not null).OrderByDescending(s => CaseClockState.Rank(s!.Value)).FirstOrDefault();
}
