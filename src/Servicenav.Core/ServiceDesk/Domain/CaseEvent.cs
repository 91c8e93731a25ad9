using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// One thing that happened to a case, never changed afterwards: its full history, what the requester is shown
/// (<see cref="IsPublic"/>), and the source the SLA clocks are computed from. Carries the customer so the customer
/// scope applies to the history itself, not only through the case.
/// </summary>
public sealed class CaseEvent : ICustomerOwned
{
    private CaseEvent()
    {
    }

    internal CaseEvent(Case @case, CaseEventKind kind, CaseActor actor, DateTime atUtc, string? text = null,
        bool isPublic = false, string? from = null, string? to = null)
        : this(@case.Id, @case.CustomerId, @case.GroupId, kind, actor, atUtc, text, isPublic, from, to)
    {
    }

    /// <summary>An event of the case with these keys, for a use case that did not read the whole case (the SLA recompute).</summary>
    internal CaseEvent(Guid caseId, Guid customerId, Guid groupId, CaseEventKind kind, CaseActor actor, DateTime atUtc, string? text = null,
        bool isPublic = false, string? from = null, string? to = null)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        CustomerId = customerId;
        Kind = kind;
        AtUtc = atUtc;
        ActorName = actor.Name;
        ActorUserId = actor.UserId;
        ActorIsStaff = actor.IsStaff;
        Text = text;
        IsPublic = isPublic;
        FromValue = from;
        ToValue = to;
        GroupId = groupId;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CustomerId { get; private set; }

    public CaseEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorName { get; private set; } = "";

    public Guid? ActorUserId { get; private set; }

    public bool ActorIsStaff { get; private set; }

    /// <summary>A reply's or note's text (plain text or sanitised HTML from e-mail), or the reason of a change.</summary>
    public string? Text { get; private set; }

    /// <summary>True when the requester sees it: replies, their own messages, status changes.</summary>
    public bool IsPublic { get; private set; }

    public string? FromValue { get; private set; }

    public string? ToValue { get; private set; }

    /// <summary>The resolver group responsible when it happened (after the change, for a group change).</summary>
    public Guid GroupId { get; private set; }
}

/// <summary>Who did something to a case: a staff member, the requester, or the system (automation, e-mail intake).</summary>
public sealed record CaseActor(string Name, Guid? UserId, bool IsStaff)
{
    public static CaseActor System { get; } = new("Servicenav", null, true);
}
