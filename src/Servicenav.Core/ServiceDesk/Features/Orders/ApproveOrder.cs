using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The approver (a Beställare of the order's customer, or the manager the order names) approves a pending order: the
/// case moves on, the tasks go to their groups, or the automatic fulfilment runs at once. Another customer's order is
/// not found; someone who sees the order but may not decide it is refused.
/// </summary>
public sealed record ApproveOrder(Guid OrderId) : IRequest<Result<OrderDetails>>;

internal sealed class ApproveOrderHandler(ServicenavDb db, CaseStore store, OrderFulfilment fulfilment, TimeProvider clock)
    : IHandler<ApproveOrder, Result<OrderDetails>>
{
    public async Task<Result<OrderDetails>> Handle(ApproveOrder request, CancellationToken cancellationToken)
    {
        var decision = await OrderDecisions.LoadAsync(db, request.OrderId, cancellationToken);
        if (!decision.IsOk)
        {
            return new Result<OrderDetails>(decision.Status, default);
        }

        var (order, @case, actor) = decision.Value!;
        var now = clock.GetUtcNow().UtcDateTime;
        order.Approve(new OrderPerson(actor.UserId, actor.Name), now);
        if (!@case.IsOpen)
        {
            throw new BusinessRuleException(new OrderCaseMustBeOpenRule(@case.IsOpen));
        }

        @case.RecordOrderEvent(CaseEventKind.OrderApproved, string.Format(SwedishCulture.Culture, OrderMessages.LogApproved, actor.Name), isPublic: true, actor, now);
        db.OrderTasks.AddRange(order.StartTasks(now));
        if (@case.Status is CaseStatus.New or CaseStatus.WaitingForRequester)
        {
            @case.ChangeStatus(CaseStatus.InProgress, CaseActor.System, now);
        }

        await store.SaveAsync(@case, isNew: false, cancellationToken);
        if (order.Fulfilment == OrderFulfilmentKind.Automatic)
        {
            await fulfilment.RunAsync(order.Id, cancellationToken);
        }

        return await OrderReads.DetailsAsync(db, order.Id, cancellationToken);
    }
}
