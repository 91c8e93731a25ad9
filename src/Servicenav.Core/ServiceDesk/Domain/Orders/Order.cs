using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

public enum OrderApprovalState
{
    /// <summary>The form asks for no approval.</summary>
    NotRequired,

    Pending,

    Approved,

    Rejected,
}

public enum OrderFulfilmentState
{
    /// <summary>Not approved yet, or approved and the automatic fulfilment has not run (or was interrupted).</summary>
    NotStarted,

    /// <summary>Tasks are with the resolver groups.</summary>
    InProgress,

    /// <summary>The last attempt failed (adapter or usage refused); the order stays approved and can be retried.</summary>
    Failed,

    Fulfilled,

    /// <summary>Rejected: never fulfilled.</summary>
    Cancelled,
}

/// <summary>One line of an order's fulfilment log: what was done (or went wrong), when.</summary>
public sealed record OrderLogEntry(DateTime AtUtc, string Text, bool IsError);

/// <summary>Who decided or did something to an order.</summary>
public sealed record OrderPerson(Guid? UserId, string Name);

/// <summary>
/// A standard order (beställning) behind a case of type <see cref="CaseType.Order"/>: the form version and answers it
/// was submitted with, the quantity and unit it charges, its approval (pending, approved or rejected — by whom, when,
/// why) and its fulfilment (tasks or an adapter, state, attempts and a log of what was done). The usage it creates
/// carries the source reference <c>order:{case number}</c>, so the order is charged once however often it is fulfilled.
/// </summary>
public sealed class Order : Entity, ICustomerOwned
{
    public const string UsageReferencePrefix = "order:";

    private Order()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public Guid CustomerId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public Guid FormId { get; private set; }

    public int FormVersion { get; private set; }

    public string FormTitle { get; private set; } = "";

    public Guid? RequesterUserId { get; private set; }

    public string RequesterName { get; private set; } = "";

    public IReadOnlyList<OrderAnswer> Answers { get; private set; } = [];

    public decimal Quantity { get; private set; }

    /// <summary>The unit the usage is charged in; null when the order is not charged per order.</summary>
    public string? UsageUnit { get; private set; }

    public OrderApproval Approval { get; private set; }

    /// <summary>The named manager who must approve (for <see cref="OrderApproval.NamedManager"/>).</summary>
    public Guid? ApproverUserId { get; private set; }

    public string? ApproverName { get; private set; }

    public OrderApprovalState ApprovalState { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>Why the order was rejected.</summary>
    public string? DecisionReason { get; private set; }

    public OrderFulfilmentKind Fulfilment { get; private set; }

    public string? AdapterName { get; private set; }

    public IReadOnlyList<OrderTaskTemplate> TaskTemplates { get; private set; } = [];

    public OrderFulfilmentState FulfilmentState { get; private set; }

    /// <summary>Automatic fulfilment attempts so far (and the usage step after the tasks).</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When what was ordered was delivered (the adapter did it, or the last task was done); usage follows.</summary>
    public DateTime? DeliveredAtUtc { get; private set; }

    public DateTime? FulfilledAtUtc { get; private set; }

    /// <summary>The month the usage is (to be) charged in: chosen before it is recorded, so a retry records it in the same month.</summary>
    public Period? UsagePeriod { get; private set; }

    public IReadOnlyList<OrderLogEntry> Log { get; private set; } = [];

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>Bumped by every change: two people deciding at once cannot both win.</summary>
    public int Version { get; private set; }

    public string UsageReference => UsageReferencePrefix + CaseNumber;

    public bool IsApproved => ApprovalState is OrderApprovalState.NotRequired or OrderApprovalState.Approved;

    /// <summary>The order of an order case, as submitted on the given form.</summary>
    public static Order Submit(Case @case, OrderForm form, OrderAnswerCheck answers, OrderPerson? namedApprover, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        CheckRule(new OrderEventNeedsAnOrderCaseRule(@case.Type, CaseEventKind.OrderSubmitted));
        CheckRule(new AnswersMustBeValidRule(answers));
        CheckRule(new NamedManagerMustBeKnownRule(form.Approval, namedApprover));
        return new Order
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            CaseNumber = @case.Number,
            CustomerId = @case.CustomerId,
            ServiceCode = form.ServiceCode,
            FormId = form.Id,
            FormVersion = form.Version,
            FormTitle = form.Title,
            RequesterUserId = @case.RequesterUserId,
            RequesterName = @case.RequesterName,
            Answers = answers.Answers,
            Quantity = form.QuantityOf(answers.Answers),
            UsageUnit = form.UsageUnit,
            Approval = form.Approval,
            ApproverUserId = namedApprover?.UserId,
            ApproverName = namedApprover?.Name,
            ApprovalState = form.Approval == OrderApproval.None ? OrderApprovalState.NotRequired : OrderApprovalState.Pending,
            Fulfilment = form.Fulfilment,
            AdapterName = form.AdapterName,
            TaskTemplates = form.Tasks,
            FulfilmentState = OrderFulfilmentState.NotStarted,
            SubmittedAtUtc = nowUtc,
        };
    }

    public void Approve(OrderPerson by, DateTime nowUtc)
    {
        CheckRule(new OrderMustAwaitApprovalRule(ApprovalState));
        ApprovalState = OrderApprovalState.Approved;
        Decided(by, null, nowUtc);
        Append(nowUtc, string.Format(SwedishCulture.Culture, OrderMessages.LogApproved, by.Name), isError: false);
    }

    public void Reject(OrderPerson by, string reason, DateTime nowUtc)
    {
        CheckRule(new OrderMustAwaitApprovalRule(ApprovalState));
        CheckRule(new RejectionNeedsAReasonRule(reason));
        ApprovalState = OrderApprovalState.Rejected;
        FulfilmentState = OrderFulfilmentState.Cancelled;
        Decided(by, reason.Trim(), nowUtc);
        Append(nowUtc, string.Format(SwedishCulture.Culture, OrderMessages.LogRejected, by.Name, DecisionReason), isError: false);
    }

    /// <summary>An approved order fulfilled by tasks hands them to the resolver groups; other orders get none.</summary>
    public IReadOnlyList<OrderTask> StartTasks(DateTime nowUtc)
    {
        CheckRule(new OnlyApprovedOrdersAreFulfilledRule(ApprovalState));
        if (Fulfilment != OrderFulfilmentKind.Tasks || FulfilmentState != OrderFulfilmentState.NotStarted)
        {
            return [];
        }

        var tasks = TaskTemplates.Select((t, i) => new OrderTask(this, i + 1, t)).ToList();
        FulfilmentState = OrderFulfilmentState.InProgress;
        Append(nowUtc, string.Format(SwedishCulture.Culture, OrderMessages.LogTasksStarted, tasks.Count), isError: false);
        return tasks;
    }

    /// <summary>The last task is done: what was ordered is delivered (the usage is recorded next).</summary>
    public void TasksDone(DateTime nowUtc)
    {
        CheckRule(new OnlyApprovedOrdersAreFulfilledRule(ApprovalState));
        DeliveredAtUtc ??= nowUtc;
        Append(nowUtc, OrderMessages.LogTasksDone, isError: false);
    }

    /// <summary>Refuses a fulfilment the order is not ready for: not approved (or rejected), already fulfilled, tasks still open.</summary>
    public void CheckReadyToFulfil()
    {
        CheckRule(new OnlyApprovedOrdersAreFulfilledRule(ApprovalState));
        CheckRule(new OrderIsFulfilledOnceRule(FulfilmentState));
        CheckRule(new TasksMustBeDoneFirstRule(Fulfilment, DeliveredAtUtc));
    }

    /// <summary>The month the usage goes to, chosen before it is recorded (a retry sends it to the same month).</summary>
    public void PlanUsage(Period period)
    {
        CheckReadyToFulfil();
        UsagePeriod = period;
        Version++;
    }

    public void RecordFailure(IEnumerable<string> log, string error, bool delivered, DateTime nowUtc)
    {
        CheckReadyToFulfil();
        Attempts++;
        FulfilmentState = OrderFulfilmentState.Failed;
        LastError = error;
        if (delivered)
        {
            DeliveredAtUtc ??= nowUtc;
        }

        foreach (var line in log)
        {
            Append(nowUtc, line, isError: false);
        }

        Append(nowUtc, error, isError: true);
    }

    public void RecordFulfilled(IEnumerable<string> log, DateTime nowUtc)
    {
        CheckReadyToFulfil();
        Attempts++;
        FulfilmentState = OrderFulfilmentState.Fulfilled;
        LastError = null;
        DeliveredAtUtc ??= nowUtc;
        FulfilledAtUtc = nowUtc;
        foreach (var line in log)
        {
            Append(nowUtc, line, isError: false);
        }
    }

    private void Decided(OrderPerson by, string? reason, DateTime nowUtc)
    {
        DecidedByUserId = by.UserId;
        DecidedByName = by.Name;
        DecidedAtUtc = nowUtc;
        DecisionReason = reason;
    }

    private void Append(DateTime nowUtc, string text, bool isError)
    {
        Log = [.. Log, new OrderLogEntry(nowUtc, text, isError)];
        Version++;
    }
}
