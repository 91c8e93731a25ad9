using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

public enum CaseListView
{
    /// <summary>The cases I raised (an employee's "mina ärenden").</summary>
    Mine,

    /// <summary>Open cases of my resolver groups, most urgent first (the agent's queue).</summary>
    Queue,

    /// <summary>Cases assigned to me.</summary>
    Assigned,

    /// <summary>Everything I may see: a Beställare its customer's cases, a supervisor all.</summary>
    All,
}

public enum CaseStateFilter
{
    Open,
    Closed,
    Any,
}

/// <summary>A page of cases for a list, queue or search; only cases the reader may see, whatever the filters say.</summary>
public sealed record ListCases(
    CaseListView View = CaseListView.All,
    CaseStateFilter State = CaseStateFilter.Open,
    Guid? GroupId = null,
    Guid? CustomerId = null,
    string? Search = null,
    int Page = 1,
    int PageSize = 50) : IRequest<Result<CasePage>>;

internal sealed class ListCasesHandler(ServicenavDb db) : IHandler<ListCases, Result<CasePage>>
{
    public async Task<Result<CasePage>> Handle(ListCases request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CasePage>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var cases = viewer.Apply(db.Cases.AsNoTracking());
        var me = db.User.UserId;
        cases = request.View switch
        {
            CaseListView.Mine => cases.Where(c => c.RequesterUserId == me),
            CaseListView.Queue => viewer.SeesAll && viewer.GroupIds.Count == 0 ? cases : cases.Where(c => viewer.GroupIds.Contains(c.GroupId)),
            CaseListView.Assigned => cases.Where(c => c.AssigneeUserId == me),
            _ => cases,
        };
        cases = request.State switch
        {
            CaseStateFilter.Open => cases.Where(c => c.Status != CaseStatus.Solved && c.Status != CaseStatus.Closed),
            CaseStateFilter.Closed => cases.Where(c => c.Status == CaseStatus.Solved || c.Status == CaseStatus.Closed),
            _ => cases,
        };
        if (request.GroupId is { } group)
        {
            cases = cases.Where(c => c.GroupId == group);
        }

        if (request.CustomerId is { } customer)
        {
            cases = cases.Where(c => c.CustomerId == customer);
        }

        cases = CaseSearch.Apply(db, cases, request.Search);
        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Max(1, request.Page);
        var total = await cases.CountAsync(cancellationToken);
        var ordered = request.View == CaseListView.Queue
            ? cases.OrderBy(c => c.Priority).ThenBy(c => c.CreatedAtUtc)
            : cases.OrderByDescending(c => c.CreatedAtUtc);
        var rows = await CaseReads.RowsAsync(db, ordered.ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        return new CasePage(rows, total, page, pageSize);
    }
}
