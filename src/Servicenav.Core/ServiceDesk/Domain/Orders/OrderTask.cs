using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

/// <summary>
/// One task of an order's fulfilment for a resolver group ("lämna ut 5 headset"). Its group's agents mark it done;
/// when every task of the order is done, the order is delivered. Carries the customer for the customer scope.
/// </summary>
public sealed class OrderTask : Entity, ICustomerOwned
{
    private OrderTask()
    {
    }

    internal OrderTask(Order order, int position, OrderTaskTemplate template)
    {
        Id = Guid.CreateVersion7();
        OrderId = order.Id;
        CaseId = order.CaseId;
        CustomerId = order.CustomerId;
        Position = position;
        GroupId = template.GroupId;
        Text = template.Text;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CustomerId { get; private set; }

    public int Position { get; private set; }

    public Guid GroupId { get; private set; }

    public string Text { get; private set; } = "";

    public bool IsDone { get; private set; }

    public DateTime? DoneAtUtc { get; private set; }

    public Guid? DoneByUserId { get; private set; }

    public string? DoneByName { get; private set; }

    public void Complete(OrderPerson by, DateTime nowUtc)
    {
        CheckRule(new OrderTaskIsDoneOnceRule(IsDone));
        IsDone = true;
        DoneAtUtc = nowUtc;
        DoneByUserId = by.UserId;
        DoneByName = by.Name;
    }
}
