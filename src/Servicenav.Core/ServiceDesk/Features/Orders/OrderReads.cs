using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Who sees which order, and the order as they see it. An order is seen by whoever sees its case (<see cref="CaseViewer"/>:
/// the requester, the customer's Beställare, the agents of its group, first line), by the manager it names as approver,
/// and by the agents of a group that has one of its tasks. Outside that it is "not found"; the customer scope applies
/// underneath (another customer's order is never found).
/// </summary>
internal static class OrderReads
{
    public static IQueryable<Order> Visible(ServicenavDb db, CaseViewer viewer)
    {
        var cases = viewer.Apply(db.Cases).Select(c => c.Id);
        var me = viewer.UserId;
        IReadOnlyList<Guid> groups = viewer.CanWork ? viewer.GroupIds : [];
        return db.Orders.Where(o => cases.Contains(o.CaseId)
            || (me != null && o.ApproverUserId == me)
            || db.OrderTasks.Any(t => t.OrderId == o.Id && groups.Contains(t.GroupId)));
    }

    /// <summary>
    /// May this person approve or reject the order now? A Beställare of the order's customer when the form asks for the
    /// customer's orderer; the named manager when it names one.
    /// </summary>
    public static bool MayDecide(Order order, UserContext user) => order.ApprovalState == OrderApprovalState.Pending && IsApprover(order, user);

    /// <summary>Is this person the order's approver (whether or not it still waits for a decision)?</summary>
    public static bool IsApprover(Order order, UserContext user) => order.Approval switch
    {
        OrderApproval.CustomerOrderer => user.Has(Permission.OrdersApprove) && user.CustomerId == order.CustomerId,
        OrderApproval.NamedManager => user.UserId is not null && user.UserId == order.ApproverUserId,
        _ => false,
    };

    /// <summary>May this person work the order's tasks of this group (a member, or a first-line or supervising agent)?</summary>
    public static bool MayWorkTask(CaseViewer viewer, Guid groupId) => viewer.CanWork && (viewer.SeesAll || viewer.GroupIds.Contains(groupId));

    public static bool MayRetry(Order order, Case @case, CaseViewer viewer) =>
        viewer.MayWork(@case) && order.IsApproved
        && order.FulfilmentState is OrderFulfilmentState.NotStarted or OrderFulfilmentState.Failed
        && (order.Fulfilment == OrderFulfilmentKind.Automatic || order.DeliveredAtUtc is not null);

    /// <summary>The order as the signed-in person sees it, freshly read (after a change, its case and log have moved on).</summary>
    public static async Task<OrderDetails> DetailsAsync(ServicenavDb db, Guid orderId, CancellationToken cancellationToken)
    {
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == orderId, cancellationToken);
        var @case = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == order.CaseId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        var tasks = await (from t in db.OrderTasks.AsNoTracking()
                           join g in db.ResolverGroups on t.GroupId equals g.Id
                           where t.OrderId == order.Id
                           orderby t.Position
                           select new { Task = t, GroupName = g.Name }).ToListAsync(cancellationToken);
        return new OrderDetails(
            order.Id, order.CaseId, order.CaseNumber, @case.Status, order.CustomerId, customer, order.ServiceCode, names.GetValueOrDefault(order.ServiceCode),
            order.FormTitle, order.FormVersion, order.RequesterName, Utc(order.SubmittedAtUtc), Answers(order.Answers), order.Quantity, order.UsageUnit,
            order.UsageReference, order.UsagePeriod?.ToString(), order.Approval, order.ApproverName, order.ApprovalState, order.DecidedByName,
            Utc(order.DecidedAtUtc), order.DecisionReason, order.Fulfilment, order.AdapterName, order.FulfilmentState, order.Attempts, order.LastError,
            Utc(order.DeliveredAtUtc), Utc(order.FulfilledAtUtc),
            [.. order.Log.Select(l => new OrderLogEntryDto(Utc(l.AtUtc), l.Text, l.IsError))],
            [.. tasks.Select(x => new OrderTaskDto(x.Task.Id, x.Task.Position, x.Task.GroupId, x.GroupName, x.Task.Text, x.Task.IsDone, x.Task.DoneByName,
                Utc(x.Task.DoneAtUtc), !x.Task.IsDone && order.IsApproved && MayWorkTask(viewer, x.Task.GroupId)))],
            new OrderAbilities(MayDecide(order, db.User) && @case.IsOpen, MayRetry(order, @case, viewer)));
    }

    public static IReadOnlyList<OrderAnswerDto> Answers(IReadOnlyList<OrderAnswer> answers) =>
        [.. answers.Select(a => new OrderAnswerDto(a.Key, a.Label, a.Display))];

    public static async Task<OrderFormDto> FormAsync(ServicenavDb db, OrderForm form, CancellationToken cancellationToken)
    {
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        return new OrderFormDto(form.Id, form.ServiceCode, names.GetValueOrDefault(form.ServiceCode), form.Version, form.Title, form.Intro, form.Fields,
            form.QuantityRule, form.FixedQuantity, form.QuantityFieldKey, form.UsageUnit, form.Approval, form.ManagerFieldKey, form.Fulfilment,
            form.AdapterName, form.Tasks, form.IsActive, Utc(form.UpdatedAtUtc), form.UpdatedBy);
    }

    /// <summary>Instants read back from SQLite have no kind; they are stored as UTC.</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
