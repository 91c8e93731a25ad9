using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// An agent of the task's resolver group marks an order's task done. When it was the last one, the order is delivered
/// and fulfilment goes on: its usage is recorded and the case solved.
/// </summary>
public sealed record CompleteOrderTask(Guid TaskId) : IRequest<Result<OrderDetails>>;

internal sealed class CompleteOrderTaskHandler(ServicenavDb db, CaseStore store, OrderFulfilment fulfilment, TimeProvider clock)
    : IHandler<CompleteOrderTask, Result<OrderDetails>>
{
    public async Task<Result<OrderDetails>> Handle(CompleteOrderTask request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<OrderDetails>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var task = await db.OrderTasks.FirstOrDefaultAsync(t => t.Id == request.TaskId, cancellationToken);
        var order = task is null ? null : await OrderReads.Visible(db, viewer).FirstOrDefaultAsync(o => o.Id == task.OrderId, cancellationToken);
        if (task is null || order is null)
        {
            return Result<OrderDetails>.NotFound();
        }

        if (!OrderReads.MayWorkTask(viewer, task.GroupId))
        {
            return Result<OrderDetails>.Forbidden();
        }

        var @case = await db.Cases.FirstAsync(c => c.Id == order.CaseId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        task.Complete(new OrderPerson(actor.UserId, actor.Name), now);
        @case.RecordOrderEvent(CaseEventKind.OrderTaskCompleted, task.Text, isPublic: true, actor, now);
        var allDone = !await db.OrderTasks.AnyAsync(t => t.OrderId == order.Id && t.Id != task.Id && !t.IsDone, cancellationToken);
        if (allDone)
        {
            order.TasksDone(now);
        }

        await store.SaveAsync(@case, isNew: false, cancellationToken);
        if (allDone)
        {
            await fulfilment.RunAsync(order.Id, cancellationToken);
        }

        return await OrderReads.DetailsAsync(db, order.Id, cancellationToken);
    }
}
