namespace Servicenav.ServiceDesk.Domain.Sla;

public enum SlaTimelineEntryKind
{
    Started = 1,
    Paused,
    Resumed,
    Stopped,

    /// <summary>A Start after a Stop (a reopened case): the clock continues from where it stopped.</summary>
    Restarted,

    /// <summary>An event that changed nothing: a pause while paused, a resume while running, anything before the start.</summary>
    Ignored,
    WarningReached,
    Breached,
}

/// <summary>One step of a clock's history, with the business time used and paused at that instant, so a person can see why.</summary>
public sealed record SlaTimelineEntry(
    DateTimeOffset AtUtc,
    SlaTimelineEntryKind Kind,
    TimeSpan BusinessTimeUsed,
    TimeSpan BusinessTimePaused,
    SlaClockEventKind? Event);
