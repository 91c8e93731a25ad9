namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>Where an SLA clock stands at the evaluation instant; see <see cref="SlaClock"/> for the rules.</summary>
public sealed record SlaState(
    SlaTarget Target,
    SlaStatus Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? StoppedAt,
    bool IsPaused,
    TimeSpan BusinessTimeAllowed,
    TimeSpan BusinessTimeUsed,
    TimeSpan BusinessTimePaused,
    DateTimeOffset? Due,
    decimal FractionUsed,
    DateTimeOffset? WarningAt,
    DateTimeOffset? BreachAt,
    IReadOnlyList<SlaTimelineEntry> Timeline)
{
    /// <summary>Business time left before the due; negative once it has been overrun.</summary>
    public TimeSpan BusinessTimeRemaining => BusinessTimeAllowed - BusinessTimeUsed;
}
