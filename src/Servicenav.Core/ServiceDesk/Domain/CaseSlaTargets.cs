using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// The targets that apply to one case: the service level's response and resolution hours for the case's priority
/// (from the catalogue, or the desk's defaults when the service promises none), the receiving group's OLA hours,
/// and the business calendar the hours are counted in.
/// </summary>
public sealed record CaseSlaTargets(
    BusinessCalendar Calendar,
    SlaTarget? Response,
    SlaTarget? Resolution,
    SlaTarget? GroupResponse,
    SlaTarget? GroupResolution)
{
    public SlaTarget? For(CaseSlaClock clock) => clock switch
    {
        CaseSlaClock.Response => Response,
        CaseSlaClock.Resolution => Resolution,
        CaseSlaClock.GroupResponse => GroupResponse,
        _ => GroupResolution,
    };
}

/// <summary>Every clock of a case evaluated at one instant.</summary>
public sealed record CaseSlaResult(IReadOnlyDictionary<CaseSlaClock, SlaState> Clocks)
{
    public SlaState? this[CaseSlaClock clock] => Clocks.GetValueOrDefault(clock);

    public static CaseSlaResult Evaluate(IReadOnlyList<CaseSlaFact> facts, Guid currentGroupId, CaseSlaTargets targets, DateTimeOffset nowUtc,
        decimal warningThreshold, bool withTimeline = false)
    {
        var clocks = new Dictionary<CaseSlaClock, SlaState>(4);
        foreach (var clock in Enum.GetValues<CaseSlaClock>())
        {
            if (targets.For(clock) is not { } target)
            {
                continue;
            }

            var events = CaseSlaClocks.For(clock, facts, currentGroupId);
            if (events.Length > 0)
            {
                clocks[clock] = SlaClock.Evaluate(events, target, targets.Calendar, nowUtc, warningThreshold, withTimeline);
            }
        }

        return new CaseSlaResult(clocks);
    }
}
