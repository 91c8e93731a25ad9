using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The order tasks of the reader's resolver groups (all groups for first line), open ones by default, oldest first.</summary>
public sealed record ListOrderTasks(bool IncludeDone = false) : IRequest<Result<IReadOnlyList<OrderTaskRow>>>;

internal sealed class ListOrderTasksHandler(ServicenavDb db) : IHandler<ListOrderTasks, Result<IReadOnlyList<OrderTaskRow>>>
{
    public async Task<Result<IReadOnlyList<OrderTaskRow>>> Handle(ListOrderTasks request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<OrderTaskRow>>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var groups = viewer.GroupIds;
        var seesAll = viewer.SeesAll;
        var includeDone = request.IncludeDone;
        var rows = await (from t in db.OrderTasks.AsNoTracking()
                          join o in db.Orders on t.OrderId equals o.Id
                          join g in db.ResolverGroups on t.GroupId equals g.Id
                          join c in db.Customers on o.CustomerId equals c.Id
                          where (seesAll || groups.Contains(t.GroupId)) && (includeDone || !t.IsDone)
                          orderby o.SubmittedAtUtc, t.Position
                          select new OrderTaskRow(t.Id, o.Id, o.CaseNumber, o.FormTitle, c.Name, o.RequesterName, t.GroupId, g.Name, t.Text, t.IsDone,
                              o.SubmittedAtUtc))
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(r => r with { SubmittedAtUtc = OrderReads.Utc(r.SubmittedAtUtc) }).ToList();
    }
}
