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
        ServicenavDb db, CaseViewer viewer, CaseListView view, CaseStateFilter state, Guid? groupId, Guid? customerId, string? search)
    {
        var cases = viewer.Apply(db.Cases);
        var me = db.User.UserId;
        cases = view switch
        {
            CaseListView.Mine => cases.Where(c => c.RequesterUserId == me),
            CaseListView.Queue => viewer.SeesAll && viewer.GroupIds.Count == 0 ? cases : cases.Where(c => viewer.GroupIds.Contains(c.GroupId)),
            CaseListView.Assigned => cases.Where(c => c.AssigneeUserId == me),
            _ => cases,
        };
        cases = state switch
        {
            CaseStateFilter.Open => cases.Where(c => c.Status != CaseStatus.Solved && c.Status != CaseStatus.Closed),
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

        return CaseSearch.Apply(db, cases, search);
    }

    /// <summary>A queue is worked most urgent first; every other list shows the newest first.</summary>
    public static IOrderedQueryable<Case> Order(IQueryable<Case> cases, CaseListView view) =>
        (view == CaseListView.Queue
            ? cases.OrderBy(c => c.Priority).ThenBy(c => c.CreatedAtUtc)
            : cases.OrderByDescending(c => c.CreatedAtUtc)).ThenBy(c => c.Id);
}
