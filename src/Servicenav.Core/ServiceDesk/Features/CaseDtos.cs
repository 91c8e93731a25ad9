using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>A case in a list: queue, "my cases", a customer's cases, search results.</summary>
public sealed record CaseRow(
    Guid Id,
    string Number,
    CaseType Type,
    string Subject,
    string? ServiceCode,
    string? ServiceName,
    CaseStatus Status,
    int Priority,
    CaseChannel Channel,
    Guid CustomerId,
    string CustomerName,
    string RequesterName,
    string GroupName,
    string? AssigneeName,
    DateTime CreatedAtUtc,
    DateTime LastActivityAtUtc,
    DateTime? NextDueUtc = null,
    Domain.Sla.SlaStatus? Sla = null);

/// <summary>
/// A page of a case list. <paramref name="Total"/> is exact up to a cap (<see cref="ListCases.CountCap"/>, or
/// <see cref="ListCases.SearchCap"/> for a text search); when <paramref name="MoreThanTotal"/> there are more, and the
/// person narrows the list rather than the database counting a million rows for a number nobody pages to.
/// </summary>
public sealed record CasePage(IReadOnlyList<CaseRow> Rows, int Total, int Page, int PageSize, bool MoreThanTotal = false);

/// <summary>One entry of a case's history as the reader may see it (a requester never sees internal notes).</summary>
public sealed record CaseEventDto(
    Guid Id,
    CaseEventKind Kind,
    DateTime AtUtc,
    string ActorName,
    bool ActorIsStaff,
    string? Text,
    bool IsPublic,
    string? From,
    string? To);

/// <summary>What the agent sees about the requester before answering ("personal service").</summary>
public sealed record RequesterContext(
    Guid ContactId,
    string Name,
    string? Email,
    string? Phone,
    string? Title,
    Guid CustomerId,
    string CustomerName,
    string? UnitName,
    IReadOnlyList<string> ServicesUsed,
    IReadOnlyList<CaseRow> RecentCases);

public sealed record CaseDetails(
    CaseRow Summary,
    string Description,
    Impact Impact,
    Urgency Urgency,
    Guid GroupId,
    Guid? AssigneeUserId,
    bool ServiceNotUsedByCustomer,
    string? RootCauseName,
    string? Solution,
    DateTime? FirstResponseAtUtc,
    DateTime? SolvedAtUtc,
    DateTime? ClosedAtUtc,
    int ReopenCount,
    IReadOnlyList<CaseEventDto> Events,
    CaseAbilities Abilities,
    RequesterContext? Requester);

/// <summary>What the reader may do with this case now, so pages show only the buttons that work.</summary>
public sealed record CaseAbilities(
    bool CanWork,
    bool CanWriteAsRequester,
    bool CanConfirmSolved,
    IReadOnlyList<CaseStatus> NextStatuses,
    bool CanSolve,
    bool CanReopen);

public sealed record ContactDto(Guid Id, string Name, string? Email, string? Phone, string? Title, Guid CustomerId, string CustomerName, Guid? UnitId, string? UnitName);

public sealed record ResolverGroupDto(Guid Id, string Code, string Name, bool IsFirstLine, decimal? OlaResponseHours, decimal? OlaResolutionHours, IReadOnlyList<GroupMemberDto> Members);

public sealed record GroupMemberDto(Guid UserId, string Name);

public sealed record RootCauseDto(Guid Id, string Code, string Name);

/// <summary>One SLA/OLA clock of a case, explained: its target, where it stands and the events that moved it.</summary>
public sealed record CaseSlaClockDto(
    CaseSlaClock Clock,
    string Target,
    Domain.Sla.SlaStatus Status,
    TimeSpan Allowed,
    TimeSpan Used,
    TimeSpan Paused,
    decimal FractionUsed,
    DateTime? DueUtc,
    DateTime? WarningAtUtc,
    DateTime? BreachAtUtc,
    IReadOnlyList<CaseSlaTimelineDto> Timeline);

public sealed record CaseSlaTimelineDto(DateTime AtUtc, Domain.Sla.SlaTimelineEntryKind Kind, TimeSpan Used);
