using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain;

public sealed class CaseStatusTransitionMustBeAllowedRule(CaseStatus from, CaseStatus to) : IBusinessRule
{
    public bool IsBroken() => !CaseStatusFlow.IsAllowed(from, to);

    public string Message => string.Format(
        SwedishCulture.Culture, ServiceDeskMessages.TransitionNotAllowed, CaseStatusText.Name(from), CaseStatusText.Name(to),
        string.Join(", ", CaseStatusFlow.Allowed(from).Select(CaseStatusText.Name)) is { Length: > 0 } allowed ? allowed : ServiceDeskMessages.NoTransition);
}

public sealed class SolvingNeedsRootCauseRule(CaseType type, Guid? rootCauseId) : IBusinessRule
{
    public bool IsBroken() => type != CaseType.Order && rootCauseId is null;

    public string Message => ServiceDeskMessages.SolveNeedsRootCause;
}

public sealed class ReopenOnlyWithinWindowRule(DateTime? solvedAtUtc, DateTime nowUtc, int windowDays) : IBusinessRule
{
    public bool IsBroken() => solvedAtUtc is { } solved && nowUtc > solved.AddDays(windowDays);

    public string Message => string.Format(SwedishCulture.Culture, ServiceDeskMessages.ReopenWindowPassed, windowDays);
}

public sealed class ClosedCaseTakesNoMessagesRule(CaseStatus status) : IBusinessRule
{
    public bool IsBroken() => status == CaseStatus.Closed;

    public string Message => ServiceDeskMessages.CaseClosed;
}

public sealed class TextMustNotBeEmptyRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => ServiceDeskMessages.TextEmpty;
}

public sealed class CaseChangedMeanwhileRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => ServiceDeskMessages.ChangedMeanwhile;
}

public sealed class CaseCannotLinkToItselfRule(string number, string otherNumber) : IBusinessRule
{
    public bool IsBroken() => string.Equals(number, otherNumber, StringComparison.Ordinal);

    public string Message => AttachmentMessages.LinkSelf;
}

public sealed class CasesAreLinkedOnceRule(bool alreadyLinked) : IBusinessRule
{
    public bool IsBroken() => alreadyLinked;

    public string Message => AttachmentMessages.LinkExists;
}
