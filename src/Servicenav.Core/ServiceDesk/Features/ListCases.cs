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
        var cases = CaseListQuery.Filter(db, viewer, request.View, request.State, request.GroupId, request.CustomerId, request.Search).AsNoTracking();
        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Max(1, request.Page);
        var total = await cases.CountAsync(cancellationToken);
        var ordered = CaseListQuery.Order(cases, request.View);
        var rows = await CaseReads.RowsAsync(db, ordered.Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        return new CasePage(rows, total, page, pageSize);
    }
}
