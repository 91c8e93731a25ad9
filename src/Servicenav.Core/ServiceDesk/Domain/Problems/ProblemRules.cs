using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Problems;

public sealed class ProblemStatusTransitionMustBeAllowedRule(ProblemStatus from, ProblemStatus to) : IBusinessRule
{
    public bool IsBroken() => !ProblemStatusFlow.IsAllowed(from, to);

    public string Message => string.Format(
        SwedishCulture.Culture, ProblemMessages.TransitionNotAllowed, ProblemStatusText.Name(from), ProblemStatusText.Name(to),
        string.Join(", ", ProblemStatusFlow.Allowed(from).Select(ProblemStatusText.Name)) is { Length: > 0 } allowed ? allowed : ProblemMessages.NoTransition);
}

/// <summary>A known error is only known with a workaround the agents can give on the linked cases.</summary>
public sealed class KnownErrorNeedsWorkaroundRule(ProblemStatus to, string? workaround) : IBusinessRule
{
    public bool IsBroken() => to == ProblemStatus.KnownError && string.IsNullOrWhiteSpace(workaround);

    public string Message => ProblemMessages.KnownErrorNeedsWorkaround;
}

public sealed class ClosedProblemIsFinalRule(ProblemStatus status) : IBusinessRule
{
    public bool IsBroken() => status == ProblemStatus.Closed;

    public string Message => ProblemMessages.ProblemClosed;
}

public sealed class ProblemTextMustNotBeEmptyRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => ProblemMessages.TextEmpty;
}

/// <summary>A case belongs to one problem at a time: moving it to another is refused, not done silently.</summary>
public sealed class CaseLinkedToOtherProblemRule(Guid? current, Guid problemId, string? currentNumber) : IBusinessRule
{
    public bool IsBroken() => current is { } id && id != problemId;

    public string Message => string.Format(SwedishCulture.Culture, ProblemMessages.CaseAlreadyLinked, currentNumber ?? "");
}
