using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;

namespace Servicenav.ServiceDesk.Features;

/// <summary>An order form as the portal renders it and the form editor reads it.</summary>
public sealed record OrderFormDto(
    Guid Id,
    string ServiceCode,
    string? ServiceName,
    int Version,
    string Title,
    string? Intro,
    IReadOnlyList<OrderField> Fields,
    OrderQuantityRule QuantityRule,
    decimal FixedQuantity,
    string? QuantityFieldKey,
    string? UsageUnit,
    OrderApproval Approval,
    string? ManagerFieldKey,
    OrderFulfilmentKind Fulfilment,
    string? AdapterName,
    IReadOnlyList<OrderTaskTemplate> Tasks,
    bool IsActive,
    DateTime UpdatedAtUtc,
    string UpdatedBy);

/// <summary>A service that can be ordered with a form.</summary>
public sealed record OrderFormSummary(string ServiceCode, string? ServiceName, string Title, string? Intro, OrderApproval Approval, OrderFulfilmentKind Fulfilment, bool IsActive);

public sealed record OrderSubmitted(Guid OrderId, Guid CaseId, string CaseNumber, OrderApprovalState ApprovalState, OrderFulfilmentState FulfilmentState);

/// <summary>An answer as the reader sees it: the label the form had, the value in Swedish ("Ja", "2,5").</summary>
public sealed record OrderAnswerDto(string Key, string Label, string? Value);

public sealed record OrderLogEntryDto(DateTime AtUtc, string Text, bool IsError);

public sealed record OrderTaskDto(Guid Id, int Position, Guid GroupId, string GroupName, string Text, bool IsDone, string? DoneByName, DateTime? DoneAtUtc, bool CanComplete);

/// <summary>What the reader may do with the order now.</summary>
public sealed record OrderAbilities(bool CanDecide, bool CanRetry);

/// <summary>An order with its answers, approval, fulfilment, tasks and log (the case page's order panel, <c>GET /api/orders/{key}</c>).</summary>
public sealed record OrderDetails(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    CaseStatus CaseStatus,
    Guid CustomerId,
    string CustomerName,
    string ServiceCode,
    string? ServiceName,
    string FormTitle,
    int FormVersion,
    string RequesterName,
    DateTime SubmittedAtUtc,
    IReadOnlyList<OrderAnswerDto> Answers,
    decimal Quantity,
    string? UsageUnit,
    string UsageReference,
    string? UsagePeriod,
    OrderApproval Approval,
    string? ApproverName,
    OrderApprovalState ApprovalState,
    string? DecidedByName,
    DateTime? DecidedAtUtc,
    string? DecisionReason,
    OrderFulfilmentKind Fulfilment,
    string? AdapterName,
    OrderFulfilmentState FulfilmentState,
    int Attempts,
    string? LastError,
    DateTime? DeliveredAtUtc,
    DateTime? FulfilledAtUtc,
    IReadOnlyList<OrderLogEntryDto> Log,
    IReadOnlyList<OrderTaskDto> Tasks,
    OrderAbilities Abilities);

/// <summary>An order waiting for the reader's decision.</summary>
public sealed record OrderToApprove(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string FormTitle,
    string ServiceCode,
    string? ServiceName,
    string CustomerName,
    string RequesterName,
    DateTime SubmittedAtUtc,
    IReadOnlyList<OrderAnswerDto> Answers,
    decimal Quantity,
    string? UsageUnit);

/// <summary>An open (or done) task of an order for one of the reader's resolver groups.</summary>
public sealed record OrderTaskRow(Guid Id, Guid OrderId, string CaseNumber, string FormTitle, string CustomerName, string RequesterName,
    Guid GroupId, string GroupName, string Text, bool IsDone, DateTime SubmittedAtUtc);

public sealed record FulfilmentRegisterRow(Guid Id, Guid OrderId, string CaseNumber, Guid CustomerId, string CustomerName, string ServiceCode,
    string RecipientName, string What, decimal Quantity, DateTime RegisteredAtUtc);
