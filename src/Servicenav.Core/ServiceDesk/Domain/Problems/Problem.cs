using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Problems;

/// <summary>
/// A problem record (problem): the underlying cause behind recurring cases, investigated by an owner resolver group
/// until it is a known error with a workaround, then solved and closed. It concerns one root cause (felorsak) from
/// the maintained list and one or more services, links the cases it explains and is followed up with dated notes,
/// a next follow-up date and actions with a responsible person and a due date. Internal: only staff see it. Every
/// change leaves a <see cref="ProblemEvent"/> in its own history.
/// </summary>
public sealed class Problem : Entity
{
    private readonly List<ProblemEvent> _newEvents = [];
    private readonly List<ProblemAction> _actions = [];

    private Problem()
    {
    }

    private Problem(ProblemNumber number, string title, string description, Guid? rootCauseId, IEnumerable<string> serviceCodes, Guid ownerGroupId, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        Year = number.Year;
        Sequence = number.Sequence;
        Number = number.ToString();
        Title = title.Trim();
        Description = description.Trim();
        RootCauseId = rootCauseId;
        ServiceCodes = string.Join(' ', serviceCodes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        OwnerGroupId = ownerGroupId;
        Status = ProblemStatus.Registered;
        CreatedAtUtc = nowUtc;
        ChangedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; } = "";

    public int Year { get; private set; }

    public long Sequence { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The root cause (felorsak) the problem concerns; while it is open that cause is not offered as recurring again.</summary>
    public Guid? RootCauseId { get; private set; }

    /// <summary>The services concerned, catalogue codes separated by spaces (a handful at most).</summary>
    public string ServiceCodes { get; private set; } = "";

    public Guid OwnerGroupId { get; private set; }

    public ProblemStatus Status { get; private set; }

    /// <summary>What agents tell requesters meanwhile; set when the problem becomes a known error.</summary>
    public string? Workaround { get; private set; }

    public DateOnly? NextFollowUpOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public DateTime? SolvedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Bumped by every change: two people saving the same problem at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ProblemAction> Actions => _actions;

    public IReadOnlyList<ProblemEvent> NewEvents => _newEvents;

    public bool IsOpen => ProblemStatusFlow.IsOpen(Status);

    public IReadOnlyList<string> ServiceCodeList => ServiceCodes.Length == 0 ? [] : ServiceCodes.Split(' ');

    public static Problem Register(ProblemNumber number, string title, string description, Guid? rootCauseId, IEnumerable<string> serviceCodes,
        Guid ownerGroupId, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new ProblemTextMustNotBeEmptyRule(title));
        var problem = new Problem(number, title, description, rootCauseId, serviceCodes, ownerGroupId, nowUtc);
        problem.Record(ProblemEventKind.Created, actor, nowUtc, problem.Title, to: ProblemStatus.Registered.ToString());
        return problem;
    }

    /// <summary>Moves the problem along its flow; a known error needs its workaround, which agents then see on the linked cases.</summary>
    public void ChangeStatus(ProblemStatus to, string? workaround, CaseActor actor, DateTime nowUtc)
    {
        if (to == Status)
        {
            if (!string.IsNullOrWhiteSpace(workaround))
            {
                SetWorkaround(workaround, actor, nowUtc);
            }

            return;
        }

        CheckRule(new ProblemStatusTransitionMustBeAllowedRule(Status, to));
        CheckRule(new KnownErrorNeedsWorkaroundRule(to, workaround ?? Workaround));
        var from = Status;
        Status = to;
        SolvedAtUtc = to == ProblemStatus.Solved ? nowUtc : to == ProblemStatus.Closed ? SolvedAtUtc : null;
        ClosedAtUtc = to == ProblemStatus.Closed ? nowUtc : null;
        Record(ProblemEventKind.StatusChanged, actor, nowUtc, from: from.ToString(), to: to.ToString());
        if (!string.IsNullOrWhiteSpace(workaround))
        {
            SetWorkaround(workaround, actor, nowUtc);
        }
    }

    public void SetWorkaround(string workaround, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new ClosedProblemIsFinalRule(Status));
        CheckRule(new ProblemTextMustNotBeEmptyRule(workaround));
        var text = workaround.Trim();
        if (text == Workaround)
        {
            return;
        }

        Workaround = text;
        Record(ProblemEventKind.WorkaroundChanged, actor, nowUtc, text);
    }

    /// <summary>Notes that a case is explained by this problem (the case records the link in its own history too).</summary>
    public void RecordCaseLinked(string caseNumber, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new ClosedProblemIsFinalRule(Status));
        Record(ProblemEventKind.CaseLinked, actor, nowUtc, to: caseNumber);
    }

    /// <summary>A dated follow-up note, and when to look at the problem next.</summary>
    public void FollowUp(string note, DateOnly? nextFollowUpOn, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new ClosedProblemIsFinalRule(Status));
        CheckRule(new ProblemTextMustNotBeEmptyRule(note));
        NextFollowUpOn = nextFollowUpOn;
        Record(ProblemEventKind.FollowUpNote, actor, nowUtc, note.Trim(), to: nextFollowUpOn is { } d ? SwedishCulture.Date(d) : null);
    }

    public ProblemAction AddAction(string text, string responsible, DateOnly? dueOn, CaseActor actor, DateTime nowUtc)
    {
        CheckRule(new ClosedProblemIsFinalRule(Status));
        CheckRule(new ProblemTextMustNotBeEmptyRule(text));
        CheckRule(new ProblemTextMustNotBeEmptyRule(responsible));
        var action = new ProblemAction(Id, text, responsible, dueOn);
        _actions.Add(action);
        Record(ProblemEventKind.ActionAdded, actor, nowUtc, action.Text, from: action.Responsible, to: dueOn is { } d ? SwedishCulture.Date(d) : null);
        return action;
    }

    public void CompleteAction(Guid actionId, CaseActor actor, DateTime nowUtc)
    {
        var action = _actions.FirstOrDefault(a => a.Id == actionId) ?? throw new InvalidOperationException($"Action {actionId} is not this problem's.");
        if (action.DoneAtUtc is not null)
        {
            return;
        }

        action.MarkDone(nowUtc);
        Record(ProblemEventKind.ActionDone, actor, nowUtc, action.Text);
    }

    public void MarkEventsSaved() => _newEvents.Clear();

    private void Record(ProblemEventKind kind, CaseActor actor, DateTime nowUtc, string? text = null, string? from = null, string? to = null)
    {
        _newEvents.Add(new ProblemEvent(Id, kind, actor, nowUtc, text, from, to));
        ChangedAtUtc = nowUtc;
        Version++;
    }
}

/// <summary>A follow-up action of a problem: what, who is responsible, by when, and when it was done.</summary>
public sealed class ProblemAction
{
    private ProblemAction()
    {
    }

    internal ProblemAction(Guid problemId, string text, string responsible, DateOnly? dueOn)
    {
        Id = Guid.CreateVersion7();
        ProblemId = problemId;
        Text = text.Trim();
        Responsible = responsible.Trim();
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public Guid ProblemId { get; private set; }

    public string Text { get; private set; } = "";

    public string Responsible { get; private set; } = "";

    public DateOnly? DueOn { get; private set; }

    public DateTime? DoneAtUtc { get; private set; }

    internal void MarkDone(DateTime nowUtc) => DoneAtUtc = nowUtc;
}

/// <summary>One thing that happened to a problem, never changed afterwards.</summary>
public sealed class ProblemEvent
{
    private ProblemEvent()
    {
    }

    internal ProblemEvent(Guid problemId, ProblemEventKind kind, CaseActor actor, DateTime atUtc, string? text, string? from, string? to)
    {
        Id = Guid.CreateVersion7();
        ProblemId = problemId;
        Kind = kind;
        AtUtc = atUtc;
        ActorName = actor.Name;
        ActorUserId = actor.UserId;
        Text = text;
        FromValue = from;
        ToValue = to;
    }

    public Guid Id { get; private set; }

    public Guid ProblemId { get; private set; }

    public ProblemEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorName { get; private set; } = "";

    public Guid? ActorUserId { get; private set; }

    public string? Text { get; private set; }

    public string? FromValue { get; private set; }

    public string? ToValue { get; private set; }
}
