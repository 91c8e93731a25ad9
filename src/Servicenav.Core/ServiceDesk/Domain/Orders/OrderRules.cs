using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Orders;

public sealed class OrderEventNeedsAnOrderCaseRule(CaseType type, CaseEventKind kind) : IBusinessRule
{
    private static readonly CaseEventKind[] OrderKinds =
    [
        CaseEventKind.OrderSubmitted, CaseEventKind.OrderApproved, CaseEventKind.OrderRejected, CaseEventKind.OrderTaskCompleted,
        CaseEventKind.OrderFulfilled, CaseEventKind.OrderFulfilmentFailed,
    ];

    public bool IsBroken() => type != CaseType.Order || !OrderKinds.Contains(kind);

    public string Message => OrderMessages.NotAnOrderCase;
}

public sealed class FormFieldKeysMustBeUniqueRule(IReadOnlyList<OrderField> fields) : IBusinessRule
{
    private string? Duplicate => fields.GroupBy(f => f.Key.Trim(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;

    public bool IsBroken() => Duplicate is not null;

    public string Message => string.Format(SwedishCulture.Culture, OrderMessages.DuplicateFieldKey, Duplicate);
}

/// <summary>A quantity taken from the form comes from a number field the requester must fill in; a fixed one is above zero.</summary>
public sealed class QuantityComesFromARequiredNumberFieldRule(OrderFormDefinition form) : IBusinessRule
{
    public bool IsBroken() => form.QuantityRule switch
    {
        OrderQuantityRule.FixedPerOrder => form.FixedQuantity <= 0m,
        _ => !form.Fields.Any(f => f.Key == form.QuantityFieldKey?.Trim() && f.Kind == OrderFieldKind.Number && f.Required),
    };

    public string Message => form.QuantityRule == OrderQuantityRule.FixedPerOrder
        ? OrderMessages.FixedQuantityMustBePositive
        : string.Format(SwedishCulture.Culture, OrderMessages.QuantityFieldMustBeNumber, form.QuantityFieldKey);
}

/// <summary>A named manager is named in a text field the requester must fill in (their e-mail or user name).</summary>
public sealed class ManagerIsNamedInARequiredTextFieldRule(OrderFormDefinition form) : IBusinessRule
{
    public bool IsBroken() => form.Approval == OrderApproval.NamedManager
        && !form.Fields.Any(f => f.Key == form.ManagerFieldKey?.Trim() && f.Kind == OrderFieldKind.Text && f.Required);

    public string Message => string.Format(SwedishCulture.Culture, OrderMessages.ManagerFieldMustBeText, form.ManagerFieldKey);
}

public sealed class FulfilmentNeedsARecipeRule(OrderFormDefinition form) : IBusinessRule
{
    public bool IsBroken() => form.Fulfilment == OrderFulfilmentKind.Automatic
        ? string.IsNullOrWhiteSpace(form.AdapterName)
        : form.Tasks.Count == 0 || form.Tasks.Any(t => string.IsNullOrWhiteSpace(t.Text));

    public string Message => form.Fulfilment == OrderFulfilmentKind.Automatic ? OrderMessages.AutomaticNeedsAdapter : OrderMessages.TasksNeeded;
}

public sealed class AnswersMustBeValidRule(OrderAnswerCheck answers) : IBusinessRule
{
    public bool IsBroken() => !answers.IsValid;

    public string Message => string.Join(" ", answers.Errors.Values);
}

public sealed class NamedManagerMustBeKnownRule(OrderApproval approval, OrderPerson? approver) : IBusinessRule
{
    public bool IsBroken() => approval == OrderApproval.NamedManager && approver?.UserId is null;

    public string Message => OrderMessages.ManagerUnknownShort;
}

public sealed class OrderMustAwaitApprovalRule(OrderApprovalState state) : IBusinessRule
{
    public bool IsBroken() => state != OrderApprovalState.Pending;

    public string Message => state switch
    {
        OrderApprovalState.Approved => OrderMessages.AlreadyApproved,
        OrderApprovalState.Rejected => OrderMessages.AlreadyRejected,
        _ => OrderMessages.NoApprovalNeeded,
    };
}

public sealed class RejectionNeedsAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => OrderMessages.RejectReasonRequired;
}

public sealed class OnlyApprovedOrdersAreFulfilledRule(OrderApprovalState state) : IBusinessRule
{
    public bool IsBroken() => state is not (OrderApprovalState.NotRequired or OrderApprovalState.Approved);

    public string Message => state == OrderApprovalState.Rejected ? OrderMessages.RejectedNeverFulfilled : OrderMessages.NotApprovedYet;
}

public sealed class OrderIsFulfilledOnceRule(OrderFulfilmentState state) : IBusinessRule
{
    public bool IsBroken() => state is OrderFulfilmentState.Fulfilled or OrderFulfilmentState.Cancelled;

    public string Message => state == OrderFulfilmentState.Fulfilled ? OrderMessages.AlreadyFulfilled : OrderMessages.RejectedNeverFulfilled;
}

public sealed class TasksMustBeDoneFirstRule(OrderFulfilmentKind kind, DateTime? deliveredAtUtc) : IBusinessRule
{
    public bool IsBroken() => kind == OrderFulfilmentKind.Tasks && deliveredAtUtc is null;

    public string Message => OrderMessages.TasksNotDone;
}

public sealed class OrderTaskIsDoneOnceRule(bool isDone) : IBusinessRule
{
    public bool IsBroken() => isDone;

    public string Message => OrderMessages.TaskAlreadyDone;
}

/// <summary>An order whose case is solved or closed (withdrawn, handled by hand) is no longer decided on.</summary>
public sealed class OrderCaseMustBeOpenRule(bool caseIsOpen) : IBusinessRule
{
    public bool IsBroken() => !caseIsOpen;

    public string Message => OrderMessages.CaseNotOpen;
}
