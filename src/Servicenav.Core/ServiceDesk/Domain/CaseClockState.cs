using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// A case's SLA clocks as last computed from its history (<see cref="Case.ApplySla"/>): what the queue sorts and warns
/// by and the reports count. Stored in a narrow table of its own, one row per case, because the every-minute recompute
/// rewrites it for many open cases at once: a ~150-byte row under one key, not the wide case row under all its indexes.
/// </summary>
public sealed class CaseClockState
{
    /// <summary>When the first response is due (projected; null while no target applies).</summary>
    public DateTime? ResponseDueUtc { get; internal set; }

    public SlaStatus? ResponseSla { get; internal set; }

    /// <summary>When the case must be solved (projected from the pauses so far; null while paused or without a target).</summary>
    public DateTime? ResolutionDueUtc { get; internal set; }

    public SlaStatus? ResolutionSla { get; internal set; }

    /// <summary>The receiving group's own (OLA) resolution due time, from when it received the case.</summary>
    public DateTime? GroupDueUtc { get; internal set; }

    public SlaStatus? GroupSla { get; internal set; }

    /// <summary>When the first-response clock stopped (met or late); null while it runs. Reports count compliance by it.</summary>
    public DateTime? ResponseEndedAtUtc { get; internal set; }

    /// <summary>Business minutes the first response took, by the clock (null until it stopped): the reports' answer time.</summary>
    public int? ResponseBusinessMinutes { get; internal set; }

    /// <summary>When the resolution clock last stopped (the solving); null while open or paused.</summary>
    public DateTime? ResolutionEndedAtUtc { get; internal set; }

    /// <summary>Business minutes to solve, pauses excluded, by the clock (null until solved): the reports' resolution time.</summary>
    public int? ResolutionBusinessMinutes { get; internal set; }

    /// <summary>Clocks whose warning / breach is already in the history (bits of <see cref="CaseSlaClock"/>), so each is recorded once.</summary>
    public int WarnedClocks { get; internal set; }

    public int BreachedClocks { get; internal set; }

    /// <summary>
    /// The case's <see cref="Case.Version"/> when the clocks were last written with it: a recompute that read an older
    /// version leaves this row alone, because the agent's save that moved the version recomputed the clocks itself.
    /// </summary>
    public int CaseVersion { get; internal set; }

    /// <summary>Everything a recompute sets, to tell whether it changed anything.</summary>
    internal (DateTime?, SlaStatus?, DateTime?, SlaStatus?, DateTime?, SlaStatus?, DateTime?, int?, DateTime?, int?, int, int) Values() =>
        (ResponseDueUtc, ResponseSla, ResolutionDueUtc, ResolutionSla, GroupDueUtc, GroupSla, ResponseEndedAtUtc, ResponseBusinessMinutes,
            ResolutionEndedAtUtc, ResolutionBusinessMinutes, WarnedClocks, BreachedClocks);
}
