using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The orders waiting for the reader's decision (<c>/bestallningar/att-godkanna</c>), oldest first: a Beställare's are
/// its own customer's orders that ask for the orderer's approval (the customer scope keeps other customers' out);
/// anyone's are the orders that name them as the approving manager.
/// </summary>
public sealed record ListOrdersToApprove : IRequest<Result<IReadOnlyList<OrderToApprove>>>;

internal sealed class ListOrdersToApproveHandler(ServicenavDb db) : IHandler<ListOrdersToApprove, Result<IReadOnlyList<OrderToApprove>>>
{
    public async Task<Result<IReadOnlyList<OrderToApprove>>> Handle(ListOrdersToApprove request, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (!user.Has(Permission.CasesRaise))
        {
            return Result<IReadOnlyList<OrderToApprove>>.Forbidden();
        }

        var orderer = user.Has(Permission.OrdersApprove) && user.IsCustomerScoped && user.CustomerId is not null;
        var customer = user.CustomerId;
        var me = user.UserId;
        var pending = await db.Orders.AsNoTracking()
            .Where(o => o.ApprovalState == OrderApprovalState.Pending
                && ((orderer && o.Approval == OrderApproval.CustomerOrderer && o.CustomerId == customer)
                    || (me != null && o.Approval == OrderApproval.NamedManager && o.ApproverUserId == me)))
            .OrderBy(o => o.SubmittedAtUtc)
            .Take(500)
            .ToListAsync(cancellationToken);
        var customerIds = pending.Select(o => o.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        return pending.Select(o => new OrderToApprove(o.Id, o.CaseId, o.CaseNumber, o.FormTitle, o.ServiceCode, names.GetValueOrDefault(o.ServiceCode),
                customers.GetValueOrDefault(o.CustomerId, ""), o.RequesterName, OrderReads.Utc(o.SubmittedAtUtc), OrderReads.Answers(o.Answers), o.Quantity,
                o.UsageUnit))
            .ToList();
    }
}
