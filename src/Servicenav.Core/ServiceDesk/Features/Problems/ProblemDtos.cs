using Servicenav.ServiceDesk.Domain.Problems;

namespace Servicenav.ServiceDesk.Features.Problems;

public sealed record ProblemRow(
    Guid Id,
    string Number,
    string Title,
    ProblemStatus Status,
    string? RootCauseName,
    IReadOnlyList<string> Services,
    string OwnerGroupName,
    int LinkedCases,
    DateOnly? NextFollowUpOn,
    DateTime CreatedAtUtc,
    DateTime ChangedAtUtc);

public sealed record ProblemDetails(
    ProblemRow Summary,
    string Description,
    Guid? RootCauseId,
    Guid OwnerGroupId,
    string? Workaround,
    DateTime? SolvedAtUtc,
    DateTime? ClosedAtUtc,
    IReadOnlyList<CaseRow> LinkedCases,
    int LinkedCasesNotShown,
    IReadOnlyList<ProblemActionDto> Actions,
    IReadOnlyList<ProblemEventDto> Events,
    IReadOnlyList<ProblemStatus> NextStatuses,
    bool CanManage);

public sealed record ProblemActionDto(Guid Id, string Text, string Responsible, DateOnly? DueOn, DateTime? DoneAtUtc);

public sealed record ProblemEventDto(Guid Id, ProblemEventKind Kind, DateTime AtUtc, string ActorName, string? Text, string? From, string? To);

/// <summary>A root cause that keeps coming back: enough cases lately and no open problem about it yet.</summary>
public sealed record RecurringCause(
    Guid RootCauseId,
    string RootCauseCode,
    string RootCauseName,
    int Cases,
    int UnlinkedCases,
    IReadOnlyList<string> ServiceCodes,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> CaseNumbers,
    DateTime LatestCaseAtUtc);

/// <summary>The problem a case is linked to, as the case page shows it to staff (with the workaround once it is a known error).</summary>
public sealed record CaseProblemView(CaseProblemLink? Linked, bool CanLink, IReadOnlyList<ProblemChoice> OpenProblems);

public sealed record CaseProblemLink(Guid Id, string Number, string Title, ProblemStatus Status, string? Workaround);

public sealed record ProblemChoice(Guid Id, string Number, string Title);

public sealed record ProblemCreated(Guid Id, string Number, int LinkedCases);
