namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// Computes an SLA clock's state from its events, so the state is never stored and can always be explained.
/// </summary>
/// <remarks>
/// <para>Only business time counts (see <see cref="BusinessCalendar"/>): a case opened in the evening starts using
/// time at the next opening. Business time between Pause and Resume is not used; it moves the due later by the
/// same business time. A day target is turned into business time once, at the start: the open time between the
/// start and <see cref="BusinessCalendar.AddBusinessDays(DateTimeOffset, int)"/> of it.</para>
/// <para>Stop ends the clock. A Start after a Stop (a reopened case) continues the same clock from the business time
/// it had used, the stopped time counting as paused; it is not a fresh clock. A Pause while paused, a Resume while
/// running, a second Start while running and anything before the first Start are ignored (and shown as such in the
/// timeline). Events after <c>now</c> have not happened yet and are skipped. Events must be in time order.</para>
/// <para>The due is the earliest instant at which the used time reaches the target (a target reached at a closing
/// is due then, not at the next opening). The clock is breached once an instant after the due is reached without a
/// stop, paused or not; a stop at the due exactly is met, a stop after it (even in closed time) is met late.</para>
/// </remarks>
public static class SlaClock
{
    public static SlaState Evaluate(
        ReadOnlySpan<SlaClockEvent> events,
        SlaTarget target,
        BusinessCalendar calendar,
        DateTimeOffset nowUtc,
        decimal warningThreshold = 0.75m,
        bool withTimeline = false)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (target.Kind == default)
        {
            throw new ArgumentException("The target is empty; use SlaTarget.Hours, Days or OfBusinessTime.", nameof(target));
        }

        if (warningThreshold is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(warningThreshold), warningThreshold, "The warning threshold is a fraction above 0 and at most 1.");
        }

        var replay = new SlaReplay(target, calendar, warningThreshold, withTimeline ? [] : null);
        for (var i = 0; i < events.Length; i++)
        {
            if (i > 0 && events[i].AtUtc < events[i - 1].AtUtc)
            {
                throw new ArgumentException("SLA clock events must be in time order.", nameof(events));
            }

            if (events[i].AtUtc > nowUtc)
            {
                break;
            }

            replay.Apply(events[i]);
        }

        return replay.Finish(nowUtc.ToUniversalTime());
    }
}
