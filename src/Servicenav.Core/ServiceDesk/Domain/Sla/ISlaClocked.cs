namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// What the SLA recompute needs of a case: the keys its clocks are computed for (service, priority, group), the clocks,
/// and the warning and breach events applying a result adds. A whole <see cref="Case"/> is one (SQLite saves it through
/// EF); a <see cref="CaseSlaSubject"/> is the same read narrowly, for PostgreSQL's set-based writer.
/// </summary>
internal interface ISlaClocked
{
    Guid Id { get; }

    Guid GroupId { get; }

    string? ServiceCode { get; }

    int Priority { get; }

    CaseClockState Clocks { get; }

    IReadOnlyList<CaseEvent> NewEvents { get; }

    bool ApplySla(CaseSlaResult sla);
}
