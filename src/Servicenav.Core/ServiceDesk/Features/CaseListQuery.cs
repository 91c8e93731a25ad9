using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The cases a list, queue or export shows: the reader's scope (<see cref="CaseViewer"/>) first, then the view and
/// the filters, so no filter can widen what the reader may see. Shared by <see cref="ListCases"/> and <see cref="ExportCases"/>.
/// </summary>
internal static class CaseListQuery
{
    public static IQueryable<Case> Filter(
        ServicenavDb db, CaseViewer viewer, CaseListView view, CaseStateFilter state, Guid? groupId, Guid? customerId, string? search,
        bool prefixes = false)
    {
        // Each view is a part of what the reader may see (CaseViewer), asked for as simply as it can be.
        var cases = view switch
        {
            CaseListView.Mine => viewer.Mine(db.Cases),
            CaseListView.Queue => viewer.Queue(db.Cases),
            CaseListView.Assigned => viewer.Assigned(db.Cases),
            _ => viewer.Apply(db.Cases),
        };
        cases = state switch
        {
            CaseStateFilter.Open => cases.Where(CaseStatusFlow.Open),
            CaseStateFilter.Closed => cases.Where(c => c.Status == CaseStatus.Solved || c.Status == CaseStatus.Closed),
            _ => cases,
        };
        if (groupId is { } group)
        {
            cases = cases.Where(c => c.GroupId == group);
        }

        if (customerId is { } customer)
        {
            cases = cases.Where(c => c.CustomerId == customer);
        }

        return CaseSearch.Apply(db, cases, search, prefixes);
    }

    /// <summary>A queue is worked most urgent first; every other list shows the newest first.</summary>
    public static IOrderedQueryable<Case> Order(IQueryable<Case> cases, CaseListView view) =>
        (view == CaseListView.Queue
            ? cases.OrderBy(c => c.Priority).ThenBy(c => c.CreatedAtUtc)
            : cases.OrderByDescending(c => c.CreatedAtUtc)).ThenBy(c => c.Id);

    /// <summary>The same order in memory, for hits whose keys were read first.</summary>
    public static IOrderedEnumerable<CaseSortKey> Order(IEnumerable<CaseSortKey> keys, CaseListView view) =>
        (view == CaseListView.Queue
            ? keys.OrderBy(k => k.Priority).ThenBy(k => k.CreatedAtUtc)
            : keys.OrderByDescending(k => k.CreatedAtUtc)).ThenBy(k => k.Id);
}

/// <summary>What a case list is sorted by.</summary>
internal sealed record CaseSortKey(Guid Id, int Priority, DateTime CreatedAtUtc);
