using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// A case's SLA clocks as last computed from its history (<see cref="Apply"/>): what the queue sorts and warns
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

    /// <summary>
    /// Takes the clocks' state as computed from the history: the due times and statuses the queue sorts and warns by,
    /// and a warning or breach, through <paramref name="record"/> (kind, instant, clock), the first time a clock crosses
    /// 75 % or its due (at the instant it crossed). Answers whether anything moved, so a run over many cases read without
    /// change tracking writes only those.
    /// </summary>
    internal bool Apply(CaseSlaResult sla, Action<CaseEventKind, DateTime, string> record)
    {
        var before = Values();
        var recorded = false;
        (ResponseDueUtc, ResponseSla) = Of(sla[CaseSlaClock.Response]);
        (ResolutionDueUtc, ResolutionSla) = Of(sla[CaseSlaClock.Resolution]);
        var groupResponse = sla[CaseSlaClock.GroupResponse];
        var groupResolution = sla[CaseSlaClock.GroupResolution];
        (GroupDueUtc, GroupSla) = Of(groupResolution);
        (ResponseEndedAtUtc, ResponseBusinessMinutes) = Ended(sla[CaseSlaClock.Response]);
        (ResolutionEndedAtUtc, ResolutionBusinessMinutes) = Ended(sla[CaseSlaClock.Resolution]);
        if (groupResponse is not null && (groupResolution is null || Rank(groupResponse.Status) > Rank(groupResolution.Status)))
        {
            GroupSla = groupResponse.Status;
        }

        foreach (var (clock, state) in sla.Clocks)
        {
            var bit = 1 << (int)clock;
            if (state.Status is SlaStatus.Breached or SlaStatus.MetLate && (BreachedClocks & bit) == 0 && state.BreachAt is { } breach)
            {
                BreachedClocks |= bit;
                WarnedClocks |= bit;
                record(CaseEventKind.SlaBreached, breach.UtcDateTime, clock.ToString());
                recorded = true;
            }
            else if (state.Status == SlaStatus.Warning && (WarnedClocks & bit) == 0 && state.WarningAt is { } warning)
            {
                WarnedClocks |= bit;
                record(CaseEventKind.SlaWarning, warning.UtcDateTime, clock.ToString());
                recorded = true;
            }
        }

        return recorded || Values() != before;
    }

    /// <summary>Worse statuses rank higher: the queue shows a case by its worst clock.</summary>
    public static int Rank(SlaStatus status) => status switch
    {
        SlaStatus.Breached => 6,
        SlaStatus.MetLate => 5,
        SlaStatus.Warning => 4,
        SlaStatus.Running => 3,
        SlaStatus.Paused => 2,
        SlaStatus.Met => 1,
        _ => 0,
    };

    private static (DateTime?, SlaStatus?) Of(SlaState? state) => state is null ? (null, null) : (state.Due?.UtcDateTime, state.Status);

    private static (DateTime?, int?) Ended(SlaState? state) =>
        state is { Status: SlaStatus.Met or SlaStatus.MetLate, StoppedAt: { } stop }
            ? (stop.UtcDateTime, (int)Math.Round(state.BusinessTimeUsed.TotalMinutes, MidpointRounding.AwayFromZero))
            : (null, null);

    /// <summary>Everything a recompute sets, to tell whether it changed anything.</summary>
    internal (DateTime?, SlaStatus?, DateTime?, SlaStatus?, DateTime?, SlaStatus?, DateTime?, int?, DateTime?, int?, int, int) Values() =>
        (ResponseDueUtc, ResponseSla, ResolutionDueUtc, ResolutionSla, GroupDueUtc, GroupSla, ResponseEndedAtUtc, ResponseBusinessMinutes,
            ResolutionEndedAtUtc, ResolutionBusinessMinutes, WarnedClocks, BreachedClocks);
}
