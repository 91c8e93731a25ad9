using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>A pending order the signed-in person is to decide (approve or reject), with its case.</summary>
internal sealed record OrderDecision(Order Order, Case Case, CaseActor Actor);

internal static class OrderDecisions
{
    /// <summary>
    /// The order with its case and the deciding person: NotFound outside the reader's view (another customer's order),
    /// Forbidden for someone who sees the order but is not its approver.
    /// </summary>
    public static async Task<Result<OrderDecision>> LoadAsync(ServicenavDb db, Guid orderId, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<OrderDecision>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var order = await OrderReads.Visible(db, viewer).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return Result<OrderDecision>.NotFound();
        }

        if (!OrderReads.IsApprover(order, db.User))
        {
            return Result<OrderDecision>.Forbidden();
        }

        var @case = await db.Cases.FirstAsync(c => c.Id == order.CaseId, cancellationToken);
        return new OrderDecision(order, @case, await CaseActors.CurrentAsync(db, cancellationToken));
    }
}
