using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// An agent of the order's case runs the rest of a failed (or interrupted) fulfilment again: the adapter unless it has
/// delivered, then the usage and the case. Safe to repeat: the adapter recognises the order, the usage counts once.
/// </summary>
public sealed record RetryOrderFulfilment(Guid OrderId) : IRequest<Result<OrderDetails>>;

internal sealed class RetryOrderFulfilmentHandler(ServicenavDb db, OrderFulfilment fulfilment) : IHandler<RetryOrderFulfilment, Result<OrderDetails>>
{
    public async Task<Result<OrderDetails>> Handle(RetryOrderFulfilment request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<OrderDetails>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var order = await OrderReads.Visible(db, viewer).AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrderId, cancellationToken);
        if (order is null)
        {
            return Result<OrderDetails>.NotFound();
        }

        var @case = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == order.CaseId, cancellationToken);
        if (!viewer.MayWork(@case))
        {
            return Result<OrderDetails>.Forbidden();
        }

        order.CheckReadyToFulfil();
        await fulfilment.RunAsync(order.Id, cancellationToken);
        return await OrderReads.DetailsAsync(db, order.Id, cancellationToken);
    }
}
