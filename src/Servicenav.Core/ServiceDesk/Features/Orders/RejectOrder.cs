using FluentValidation;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// The approver rejects a pending order, with the reason the requester reads. A rejected order is never fulfilled; its
/// case is solved with the reason and closed (a new order is a new case).
/// </summary>
public sealed record RejectOrder(Guid OrderId, string Reason) : IRequest<Result<OrderDetails>>;

public sealed class RejectOrderValidator : AbstractValidator<RejectOrder>
{
    public RejectOrderValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage(OrderMessages.RejectReasonRequired)
            .MaximumLength(OrderLimits.ReasonLength).WithMessage(string.Format(SwedishCulture.Culture, OrderMessages.TooLong, OrderLimits.ReasonLength));
    }
}

internal sealed class RejectOrderHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<RejectOrder, Result<OrderDetails>>
{
    public async Task<Result<OrderDetails>> Handle(RejectOrder request, CancellationToken cancellationToken)
    {
        var decision = await OrderDecisions.LoadAsync(db, request.OrderId, cancellationToken);
        if (!decision.IsOk)
        {
            return new Result<OrderDetails>(decision.Status, default);
        }

        var (order, @case, actor) = decision.Value!;
        var now = clock.GetUtcNow().UtcDateTime;
        order.Reject(new OrderPerson(actor.UserId, actor.Name), request.Reason, now);
        @case.RecordOrderEvent(CaseEventKind.OrderRejected, order.DecisionReason, isPublic: true, actor, now);
        if (@case.IsOpen)
        {
            @case.Solve(null, string.Format(SwedishCulture.Culture, OrderMessages.RejectedSolution, order.DecisionReason), CaseActor.System, now);
            @case.Close(CaseActor.System, now);
        }

        await store.SaveAsync(@case, isNew: false, cancellationToken);
        return await OrderReads.DetailsAsync(db, order.Id, cancellationToken);
    }
}
