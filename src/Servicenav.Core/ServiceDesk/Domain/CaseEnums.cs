namespace Servicenav.ServiceDesk.Domain;

/// <summary>What the requester came with.</summary>
public enum CaseType
{
    Question,
    FaultReport,
    Order,
    Complaint,
}

/// <summary>Where the case came in. Chat and a virtual assistant are further channels of the same case.</summary>
public enum CaseChannel
{
    Portal,
    Email,
    Phone,
    Api,
    Chat,
}

/// <summary>
/// The case's place in its flow. The two waiting states stop the SLA clock; Solved can be reopened within the
/// reopen window; Closed is final (a new question becomes a new, linked case).
/// </summary>
public enum CaseStatus
{
    New,
    InProgress,
    WaitingForRequester,
    WaitingForSupplier,
    Solved,
    Closed,
}

/// <summary>How many are affected (1 = many/a whole unit … 3 = one person).</summary>
public enum Impact
{
    High = 1,
    Medium = 2,
    Low = 3,
}

/// <summary>How soon it hurts (1 = work has stopped … 3 = can wait).</summary>
public enum Urgency
{
    High = 1,
    Medium = 2,
    Low = 3,
}

/// <summary>Everything that happens to a case; the history, the timeline and the SLA clocks are read from these.</summary>
public enum CaseEventKind
{
    Created,
    PublicReply,
    RequesterMessage,
    InternalNote,
    StatusChanged,
    GroupChanged,
    AssigneeChanged,
    PriorityChanged,
    ServiceChanged,
    Solved,
    Reopened,
    Closed,
    AttachmentAdded,
    Linked,
    SlaWarning,
    SlaBreached,

    /// <summary>The end-user survey was sent to the requester (once per case, when it is first solved).</summary>
    SurveySent,
    OrderSubmitted,
    OrderApproved,
    OrderRejected,
    OrderTaskCompleted,
    OrderFulfilled,
    OrderFulfilmentFailed,

    /// <summary>An attachment was taken off the case (its row goes; the history keeps the name).</summary>
    AttachmentRemoved,

    /// <summary>An attachment that came with an e-mail was refused (type or size), with the reason, so the sender can be told.</summary>
    AttachmentRejected,

    /// <summary>A link to another case was removed.</summary>
    Unlinked,

    /// <summary>The case was linked to a problem record (staff only; the problem's number is the "to" value).</summary>
    ProblemLinked,
}
