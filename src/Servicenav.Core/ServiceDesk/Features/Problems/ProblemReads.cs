using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>Projections of problems shared by the problem use cases.</summary>
internal static class ProblemReads
{
    // Problems are internal: their case count is the whole count, whoever reads (staff only, never customer-scoped).
    private static readonly string[] ScopeFilter = [ServicenavDb.CustomerScopeFilter];

    public static async Task<IReadOnlyList<ProblemRow>> RowsAsync(ServicenavDb db, IQueryable<Problem> problems, CancellationToken cancellationToken)
    {
        var data = await (
            from p in problems
            join g in db.ResolverGroups on p.OwnerGroupId equals g.Id
            join r in db.RootCauses on p.RootCauseId equals r.Id into causes
            from r in causes.DefaultIfEmpty()
            select new
            {
                p.Id, p.Number, p.Title, p.Status, Cause = r == null ? null : r.Name, p.ServiceCodes, Group = g.Name,
                Linked = db.Cases.IgnoreQueryFilters(ScopeFilter).Count(c => c.ProblemId == p.Id),
                p.NextFollowUpOn, p.CreatedAtUtc, p.ChangedAtUtc,
            }).ToListAsync(cancellationToken);
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        return data.Select(d => new ProblemRow(d.Id, d.Number, d.Title, d.Status, d.Cause, ServiceNames(d.ServiceCodes, names), d.Group, d.Linked,
            d.NextFollowUpOn, Utc(d.CreatedAtUtc), Utc(d.ChangedAtUtc))).ToList();
    }

    public static IReadOnlyList<string> ServiceNames(string codes, IReadOnlyDictionary<string, string> names) =>
        codes.Length == 0 ? [] : codes.Split(' ').Select(c => names.GetValueOrDefault(c, c)).ToList();

    public static async Task<Problem?> FindAsync(ServicenavDb db, string key, bool track, CancellationToken cancellationToken)
    {
        var problems = track ? db.Problems.Include(p => p.Actions) : db.Problems.AsNoTracking().Include(p => p.Actions);
        if (Guid.TryParse(key, out var id))
        {
            return await problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        }

        if (ProblemNumber.TryParse(key, out var number))
        {
            var text = number.ToString();
            return await problems.FirstOrDefaultAsync(p => p.Number == text, cancellationToken);
        }

        return null;
    }

    /// <summary>The problem as the reader may see it: linked cases only as far as the case view allows, the rest counted.</summary>
    public static async Task<ProblemDetails> DetailsAsync(ServicenavDb db, Problem p, bool canManage, CancellationToken cancellationToken)
    {
        var row = (await RowsAsync(db, db.Problems.AsNoTracking().Where(x => x.Id == p.Id), cancellationToken)).Single();
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var linked = await CaseReads.RowsAsync(db, viewer.Apply(db.Cases.AsNoTracking()).Where(c => c.ProblemId == p.Id), cancellationToken);
        var events = await db.ProblemEvents.AsNoTracking().Where(e => e.ProblemId == p.Id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new ProblemEventDto(e.Id, e.Kind, e.AtUtc, e.ActorName, e.Text, e.FromValue, e.ToValue)).ToListAsync(cancellationToken);
        return new ProblemDetails(
            row, p.Description, p.RootCauseId, p.OwnerGroupId, p.Workaround, p.SolvedAtUtc, p.ClosedAtUtc,
            linked.OrderByDescending(c => c.CreatedAtUtc).ToList(), row.LinkedCases - linked.Count,
            p.Actions.OrderBy(a => a.DoneAtUtc is not null).ThenBy(a => a.DueOn).ThenBy(a => a.Id)
                .Select(a => new ProblemActionDto(a.Id, a.Text, a.Responsible, a.DueOn, Utc(a.DoneAtUtc))).ToList(),
            events.Select(e => e with { AtUtc = Utc(e.AtUtc) }).ToList(),
            canManage ? ProblemStatusFlow.Allowed(p.Status) : [],
            canManage);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
