namespace Servicenav.Catalog.Domain;

/// <summary>Response and resolution targets for one priority (1 = critical … 4 = low), in hours.</summary>
public sealed record PriorityTarget(int Priority, decimal? ResponseHours, decimal? ResolutionHours);

/// <summary>What the service promises: opening hours, availability, and targets per priority.</summary>
public sealed record ServiceLevels(
    string OpeningHours,
    decimal? AvailabilityTargetPercent,
    PriorityTarget P1,
    PriorityTarget P2,
    PriorityTarget P3,
    PriorityTarget P4)
{
    public static ServiceLevels None { get; } = new("", null, new(1, null, null), new(2, null, null), new(3, null, null), new(4, null, null));

    public IReadOnlyList<PriorityTarget> Targets => [P1, P2, P3, P4];
}
