namespace Servicenav.ServiceDesk.Domain.Sla;

public enum SlaStatus
{
    /// <summary>No Start event yet.</summary>
    NotStarted = 1,

    Running,

    /// <summary>Paused, not breached before the pause; the due is unknown until the clock resumes.</summary>
    Paused,

    /// <summary>Running with at least the warning fraction used, due not yet passed.</summary>
    Warning,

    /// <summary>Not stopped and the due has passed (whether running or paused now).</summary>
    Breached,

    /// <summary>Stopped at or before the due.</summary>
    Met,

    /// <summary>Stopped after the due (breached, then resolved).</summary>
    MetLate,
}
