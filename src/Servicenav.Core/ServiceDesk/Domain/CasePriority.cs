namespace Servicenav.ServiceDesk.Domain;

/// <summary>
/// Priority 1 (critical) … 4 (low) from impact × urgency, the usual ITIL matrix cut to the catalogue's four
/// service-level priorities: both high is 1, one step down on either is 2, and so on, floored at 4.
/// </summary>
public static class CasePriority
{
    public static int From(Impact impact, Urgency urgency) => Math.Min(4, (int)impact + (int)urgency - 1);
}
