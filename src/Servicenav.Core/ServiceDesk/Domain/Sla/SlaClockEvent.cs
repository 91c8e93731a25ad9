namespace Servicenav.ServiceDesk.Domain.Sla;

public enum SlaClockEventKind
{
    Start = 1,
    Pause,
    Resume,
    Stop,
}

/// <summary>Something that happened to one SLA clock of a case (created, waiting for the customer, resolved …).</summary>
public readonly record struct SlaClockEvent(DateTimeOffset AtUtc, SlaClockEventKind Kind);
