using Servicenav.ServiceDesk.Domain.Sla;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// A case (ärende): a question, fault report, order or complaint from one requester of one customer. Every change
/// goes through a method named for what happens and leaves a <see cref="CaseEvent"/>, so the history, the SLA
/// timeline and the audit are one and the same record. New events are added to <see cref="NewEvents"/>; the
/// stored history is read separately (a case is changed without loading its whole past).
/// </summary>
public sealed class Case : Entity, ICustomerOwned, ISlaClocked
{
    private readonly List<CaseEvent> _newEvents = [];

    private Case()
    {
    }

    private Case(CaseNumber number, NewCase request, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Year = number.Year;
        Sequence = number.Sequence;
        Number = number.ToString();
        Type = request.Type;
        Subject = request.Subject.Trim();
        Description = request.Description.Trim();
        ServiceCode = string.IsNullOrWhiteSpace(request.ServiceCode) ? null : request.ServiceCode.Trim();
        ServiceNotUsedByCustomer = request.ServiceNotUsedByCustomer;
        CustomerId = request.Requester.CustomerId;
        ContactId = request.Requester.ContactId;
        RequesterName = request.Requester.Name;
        RequesterEmail = request.Requester.Email;
        RequesterUserId = request.Requester.UserId;
        UnitId = request.Requester.UnitId;
        UnitName = request.Requester.UnitName;
        Channel = request.Channel;
        Impact = request.Impact;
        Urgency = request.Urgency;
        Priority = CasePriority.From(request.Impact, request.Urgency);
        GroupId = request.GroupId;
        Status = CaseStatus.New;
        CreatedAtUtc = nowUtc;
        LastActivityAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; } = "";

    public int Year { get; private set; }

    public long Sequence { get; private set; }

    public CaseType Type { get; private set; }

    public string Subject { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The catalogue service the case concerns; null until someone knows (the employee described the problem).</summary>
    public string? ServiceCode { get; private set; }

    /// <summary>The customer does not use the service by the usage overview: allowed, but flagged for the agent.</summary>
    public bool ServiceNotUsedByCustomer { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ContactId { get; private set; }

    public string RequesterName { get; private set; } = "";

    public string? RequesterEmail { get; private set; }

    /// <summary>The requester's own sign-in, when they have one: a Medarbetare sees the cases where this is them.</summary>
    public Guid? RequesterUserId { get; private set; }

    public Guid? UnitId { get; private set; }

    public string? UnitName { get; private set; }

    public CaseChannel Channel { get; private set; }

    public Impact Impact { get; private set; }

    public Urgency Urgency { get; private set; }

    public int Priority { get; private set; }

    public CaseStatus Status { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid? AssigneeUserId { get; private set; }

    public string? AssigneeName { get; private set; }

    public Guid? RootCauseId { get; private set; }

    public string? Solution { get; private set; }

    public Guid? ProblemId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? FirstResponseAtUtc { get; private set; }

    public DateTime? SolvedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public DateTime LastActivityAtUtc { get; private set; }

    public int ReopenCount { get; private set; }

    /// <summary>The SLA clocks as last computed from the history (a table of their own: see <see cref="CaseClockState"/>).</summary>
    public CaseClockState Clocks { get; private set; } = new();

    /// <summary>Bumped by every change: two agents saving the same case at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CaseEvent> NewEvents => _newEvents;

    public bool IsOpen => CaseStatusFlow.IsOpen(Status);

    /// <summary>The recorded events are stored: later changes start a new batch.</summary>
    public void MarkEventsSaved() => _newEvents.Clear();

    public static Case Open(CaseNumber number, NewCase request, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new TextMustNotBeEmptyRule(request.Subject));
        var @case = new Case(number, request, nowUtc);
        @case.Record(CaseEventKind.Created, actor, nowUtc, @case.Description, isPublic: true, to: CaseStatus.New.ToString());
        return @case;
    }

    /// <summary>A staff member answers the requester. The first such answer is the case's first response.</summary>
    public void Reply(string text, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new TextMustNotBeEmptyRule(text));
        CheckRule(new ClosedCaseTakesNoMessagesRule(Status));
        FirstResponseAtUtc ??= nowUtc;
        Record(CaseEventKind.PublicReply, actor, nowUtc, text.Trim(), isPublic: true);
    }

    /// <summary>
    /// The requester writes (portal, e-mail reply). A case waiting for them starts moving again; a solved case
    /// within the reopen window is reopened; a closed case refuses (the caller opens a new, linked case).
    /// </summary>
    public void AddRequesterMessage(string text, CaseActor actor, DateTime nowUtc, int reopenWindowDays)
    {
        CheckRule(new TextMustNotBeEmptyRule(text));
        CheckRule(new ClosedCaseTakesNoMessagesRule(Status));
        Record(CaseEventKind.RequesterMessage, actor, nowUtc, text.Trim(), isPublic: true);
        if (Status == CaseStatus.WaitingForRequester)
        {
            SetStatus(CaseStatus.InProgress, actor, nowUtc);
        }
        else if (Status == CaseStatus.Solved)
        {
            Reopen(ServiceDeskMessages.ReopenedByRequester, actor, nowUtc, reopenWindowDays);
        }
    }

    public void AddInternalNote(string text, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new TextMustNotBeEmptyRule(text));
        Record(CaseEventKind.InternalNote, actor, nowUtc, text.Trim());
    }

    /// <summary>Moves the case along its flow. Solving, closing and reopening have their own methods and rules.</summary>
    public void ChangeStatus(CaseStatus to, CaseActor actor, DateTime nowUtc)
    {
        if (to == Status)
        {
            return;
        }

        CheckRule(new CaseStatusTransitionMustBeAllowedRule(Status, to));
        CheckRule(new StatusNeedsItsOwnActionRule(Status, to));
        SetStatus(to, actor, nowUtc);
    }

    public void Solve(Guid? rootCauseId, string? solution, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new CaseStatusTransitionMustBeAllowedRule(Status, CaseStatus.Solved));
        CheckRule(new SolvingNeedsRootCauseRule(Type, rootCauseId));
        RootCauseId = rootCauseId;
        Solution = string.IsNullOrWhiteSpace(solution) ? null : solution.Trim();
        SolvedAtUtc = nowUtc;
        SetStatus(CaseStatus.Solved, actor, nowUtc);
        Record(CaseEventKind.Solved, actor, nowUtc, Solution, isPublic: true, to: rootCauseId?.ToString());
    }

    /// <summary>Back to work after solving, within the reopen window; the SLA's resolution clock continues from where it stopped.</summary>
    public void Reopen(string reason, CaseActor actor, DateTime nowUtc, int reopenWindowDays)
    {
        CheckRule(new CaseStatusTransitionMustBeAllowedRule(Status, CaseStatus.InProgress));
        CheckRule(new ReopenOnlyWithinWindowRule(SolvedAtUtc, nowUtc, reopenWindowDays));
        ReopenCount++;
        SolvedAtUtc = null;
        SetStatus(CaseStatus.InProgress, actor, nowUtc);
        Record(CaseEventKind.Reopened, actor, nowUtc, reason, isPublic: true);
    }

    /// <summary>Closes a solved case (the requester confirms, or the reopen window has passed).</summary>
    public void Close(CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new CaseStatusTransitionMustBeAllowedRule(Status, CaseStatus.Closed));
        ClosedAtUtc = nowUtc;
        SetStatus(CaseStatus.Closed, actor, nowUtc);
        Record(CaseEventKind.Closed, actor, nowUtc, isPublic: true);
    }

    /// <summary>Hands the case to another resolver group; its OLA starts now and the assignee is cleared.</summary>
    public void MoveToGroup(Guid groupId, string fromName, string toName, CaseActor actor, DateTime nowUtc)
    {
        if (groupId == GroupId)
        {
            return;
        }

        CheckRule(new ClosedCaseTakesNoMessagesRule(Status));
        GroupId = groupId;
        const int groupClocks = (1 << (int)CaseSlaClock.GroupResponse) | (1 << (int)CaseSlaClock.GroupResolution);
        Clocks.WarnedClocks &= ~groupClocks;
        Clocks.BreachedClocks &= ~groupClocks;
        AssigneeUserId = null;
        AssigneeName = null;
        Record(CaseEventKind.GroupChanged, actor, nowUtc, from: fromName, to: toName);
    }

    public void Assign(Guid? userId, string? name, CaseActor actor, DateTime nowUtc)
    {
        if (userId == AssigneeUserId)
        {
            return;
        }

        var from = AssigneeName;
        AssigneeUserId = userId;
        AssigneeName = userId is null ? null : name;
        Record(CaseEventKind.AssigneeChanged, actor, nowUtc, from: from, to: AssigneeName);
    }

    public void Reprioritise(Impact impact, Urgency urgency, CaseActor actor, DateTime nowUtc)
    {
        var priority = CasePriority.From(impact, urgency);
        if (impact == Impact && urgency == Urgency)
        {
            return;
        }

        var from = Priority;
        Impact = impact;
        Urgency = urgency;
        Priority = priority;
        Record(CaseEventKind.PriorityChanged, actor, nowUtc, from: Text(from), to: Text(priority));
    }

    public void ChangeService(string? serviceCode, bool notUsedByCustomer, CaseActor actor, DateTime nowUtc)
    {
        var code = string.IsNullOrWhiteSpace(serviceCode) ? null : serviceCode.Trim();
        if (code == ServiceCode)
        {
            return;
        }

        var from = ServiceCode;
        ServiceCode = code;
        ServiceNotUsedByCustomer = notUsedByCustomer;
        Record(CaseEventKind.ServiceChanged, actor, nowUtc, from: from, to: code);
    }

    /// <summary>
    /// The case is explained by a problem record (staff only in the history: problems are internal). A case belongs to
    /// one problem; linking it again to the same one changes nothing.
    /// </summary>
    public bool LinkToProblem(Guid problemId, string problemNumber, string? currentProblemNumber, CaseActor actor, DateTime nowUtc)
    {
        if (ProblemId == problemId)
        {
            return false;
        }

        CheckRule(new Problems.CaseLinkedToOtherProblemRule(ProblemId, problemId, currentProblemNumber));
        ProblemId = problemId;
        Record(CaseEventKind.ProblemLinked, actor, nowUtc, to: problemNumber);
        return true;
    }

    public void LinkTo(string otherCaseNumber, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new CaseCannotLinkToItselfRule(Number, otherCaseNumber));
        Record(CaseEventKind.Linked, actor, nowUtc, to: otherCaseNumber);
    }

    public void Unlink(string otherCaseNumber, CaseActor actor, DateTime nowUtc) =>
        Record(CaseEventKind.Unlinked, actor, nowUtc, from: otherCaseNumber);

    /// <summary>A file was attached. The requester's side sees the event unless the attachment is internal.</summary>
    public void RecordAttachment(Guid attachmentId, string fileName, bool isInternal, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new ClosedCaseTakesNoMessagesRule(Status));
        Record(CaseEventKind.AttachmentAdded, actor, nowUtc, fileName, isPublic: !isInternal, to: attachmentId.ToString());
    }

    public void RecordAttachmentRemoved(Guid attachmentId, string fileName, bool wasInternal, CaseActor actor, DateTime nowUtc) =>
        Record(CaseEventKind.AttachmentRemoved, actor, nowUtc, fileName, isPublic: !wasInternal, from: attachmentId.ToString());

    /// <summary>An attachment that came with the requester's e-mail was refused; the reason names the file.</summary>
    public void RecordRejectedAttachment(string reason, CaseActor actor, DateTime nowUtc) =>
        Record(CaseEventKind.AttachmentRejected, actor, nowUtc, reason, isPublic: true);

    /// <summary>
    /// Records what happened to the order behind an order case (submitted, approved, rejected, a task done, fulfilled,
    /// a failed fulfilment); the order itself is its own record (<see cref="Orders.Order"/>), linked by the case's id.
    /// </summary>
    public void RecordOrderEvent(CaseEventKind kind, string? text, bool isPublic, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new Orders.OrderEventNeedsAnOrderCaseRule(Type, kind));
        Record(kind, actor, nowUtc, text, isPublic);
    }

    /// <summary>
    /// Takes the clocks' state as computed from the history: the due times and statuses the queue sorts and warns by,
    /// and a warning or breach event the first time a clock crosses 75 % or its due (at the instant it crossed).
    /// Not a change by anyone, so the version and last activity stay as they are. Answers whether anything moved, so a
    /// run over many cases read without change tracking writes only those.
    /// </summary>
    public bool ApplySla(CaseSlaResult sla) =>
        Clocks.Apply(sla, (kind, atUtc, clock) => _newEvents.Add(new CaseEvent(this, kind, CaseActor.System, atUtc, text: clock)));

    /// <summary>
    /// Notes in the history that the end-user survey went to the requester (staff only: the text may carry the
    /// link, and the customer's Beställare must not answer in the requester's place).
    /// </summary>
    public void RecordSurveyInvitation(string text, string link, DateTime nowUtc) =>
        Record(CaseEventKind.SurveySent, CaseActor.System, nowUtc, text, to: link);


    private void SetStatus(CaseStatus to, CaseActor actor, DateTime nowUtc)
    {
        var from = Status;
        Status = to;
        Record(CaseEventKind.StatusChanged, actor, nowUtc, isPublic: true, from: from.ToString(), to: to.ToString());
    }

    private void Record(CaseEventKind kind, CaseActor actor, DateTime nowUtc, string? text = null, bool isPublic = false,
        string? from = null, string? to = null)
    {
        _newEvents.Add(new CaseEvent(this, kind, actor, nowUtc, text, isPublic, from, to));
        LastActivityAtUtc = nowUtc;
        Version++;
        Clocks.CaseVersion = Version;
    }

    private static string Text(int priority) => priority.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Solved, Closed and reopening are reached through Solve, Close and Reopen, which carry their own rules.</summary>
public sealed class StatusNeedsItsOwnActionRule(CaseStatus from, CaseStatus to) : IBusinessRule
{
    public bool IsBroken() => to is CaseStatus.Solved or CaseStatus.Closed || from == CaseStatus.Solved;

    public string Message => to switch
    {
        CaseStatus.Solved => ServiceDeskMessages.UseSolve,
        CaseStatus.Closed => ServiceDeskMessages.UseClose,
        _ => ServiceDeskMessages.UseReopen,
    };
}
