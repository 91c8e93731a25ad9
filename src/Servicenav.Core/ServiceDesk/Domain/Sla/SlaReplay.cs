namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>The running totals while <see cref="SlaClock"/> walks a clock's events; a struct so an evaluation allocates only its result.</summary>
internal struct SlaReplay(SlaTarget target, BusinessCalendar calendar, decimal warningThreshold, List<SlaTimelineEntry>? timeline)
{
    private bool started;
    private bool running;
    private bool stopped;
    private bool pausedAtStop;
    private long allowed = target.BusinessTime.Ticks;
    private long warning = (long)decimal.Round(target.BusinessTime.Ticks * warningThreshold);
    private long used;
    private long paused;
    private DateTimeOffset startedAt;
    private DateTimeOffset runningSince;
    private DateTimeOffset heldSince;
    private DateTimeOffset? stoppedAt;
    private DateTimeOffset? warningAt;
    private DateTimeOffset? breachAt;

    public void Apply(SlaClockEvent change)
    {
        var at = change.AtUtc.ToUniversalTime();
        var applied = change.Kind switch
        {
            SlaClockEventKind.Start when !started => Start(at),
            SlaClockEventKind.Start when stopped => Restart(at),
            SlaClockEventKind.Pause when running => Pause(at),
            SlaClockEventKind.Resume when started && !running && !stopped => Resume(at),
            SlaClockEventKind.Stop when started && !stopped => Stop(at),
            _ => SlaTimelineEntryKind.Ignored,
        };
        timeline?.Add(new SlaTimelineEntry(at, applied, new TimeSpan(used), new TimeSpan(paused), change.Kind));
    }

    public SlaState Finish(DateTimeOffset now)
    {
        if (!started)
        {
            return new SlaState(target, SlaStatus.NotStarted, null, null, false, new TimeSpan(allowed), TimeSpan.Zero, TimeSpan.Zero,
                null, 0m, null, null, timeline ?? (IReadOnlyList<SlaTimelineEntry>)[]);
        }

        if (running)
        {
            Run(now);
        }

        var isPaused = !running && !stopped;
        var pausedSoFar = isPaused ? paused + calendar.BusinessTimeBetween(heldSince, now).Ticks : paused;
        DateTimeOffset? due = breachAt
            ?? (running ? calendar.AddBusinessTime(now, new TimeSpan(allowed - used))
            : stopped && !pausedAtStop ? calendar.AddBusinessTime(stoppedAt!.Value, new TimeSpan(allowed - used))
            : null);
        var warningCrossing = warningAt ?? (running ? calendar.AddBusinessTime(now, new TimeSpan(warning - used)) : null);
        var breachCrossing = breachAt ?? (running ? due : null);
        return new SlaState(
            target,
            StatusAt(now),
            startedAt,
            stoppedAt,
            isPaused,
            new TimeSpan(allowed),
            new TimeSpan(used),
            new TimeSpan(pausedSoFar),
            due,
            (decimal)used / allowed,
            warningCrossing,
            breachCrossing,
            timeline ?? (IReadOnlyList<SlaTimelineEntry>)[]);
    }

    private SlaStatus StatusAt(DateTimeOffset now)
    {
        if (stopped)
        {
            return breachAt is { } due && stoppedAt > due ? SlaStatus.MetLate : SlaStatus.Met;
        }

        if (breachAt is { } passed && now > passed)
        {
            return SlaStatus.Breached;
        }

        if (!running)
        {
            return SlaStatus.Paused;
        }

        return warningAt is { } warned && now >= warned ? SlaStatus.Warning : SlaStatus.Running;
    }

    private SlaTimelineEntryKind Start(DateTimeOffset at)
    {
        started = running = true;
        startedAt = runningSince = at;
        if (target.Kind == SlaTargetKind.BusinessDays)
        {
            allowed = calendar.BusinessTimeBetween(at, calendar.AddBusinessDays(at, target.BusinessDays)).Ticks;
            warning = (long)decimal.Round(allowed * warningThreshold);
        }

        return SlaTimelineEntryKind.Started;
    }

    private SlaTimelineEntryKind Restart(DateTimeOffset at)
    {
        paused += calendar.BusinessTimeBetween(heldSince, at).Ticks;
        stopped = false;
        stoppedAt = null;
        running = true;
        runningSince = at;
        return SlaTimelineEntryKind.Restarted;
    }

    private SlaTimelineEntryKind Pause(DateTimeOffset at)
    {
        Run(at);
        running = false;
        heldSince = at;
        return SlaTimelineEntryKind.Paused;
    }

    private SlaTimelineEntryKind Resume(DateTimeOffset at)
    {
        paused += calendar.BusinessTimeBetween(heldSince, at).Ticks;
        running = true;
        runningSince = at;
        return SlaTimelineEntryKind.Resumed;
    }

    private SlaTimelineEntryKind Stop(DateTimeOffset at)
    {
        pausedAtStop = !running;
        if (running)
        {
            Run(at);
        }
        else
        {
            paused += calendar.BusinessTimeBetween(heldSince, at).Ticks;
        }

        running = false;
        stopped = true;
        stoppedAt = heldSince = at;
        return SlaTimelineEntryKind.Stopped;
    }

    /// <summary>Counts the running stretch up to <paramref name="at"/> and notes the warning and breach crossed in it.</summary>
    private void Run(DateTimeOffset at)
    {
        var before = used;
        used += calendar.BusinessTimeBetween(runningSince, at).Ticks;
        if (warningAt is null && used >= warning)
        {
            warningAt = Crossing(warning - before);
            timeline?.Add(new SlaTimelineEntry(warningAt.Value, SlaTimelineEntryKind.WarningReached, new TimeSpan(warning), new TimeSpan(paused), null));
        }

        if (breachAt is null && used >= allowed)
        {
            breachAt = Crossing(allowed - before);
            timeline?.Add(new SlaTimelineEntry(breachAt.Value, SlaTimelineEntryKind.Breached, new TimeSpan(allowed), new TimeSpan(paused), null));
        }

        runningSince = at;
    }

    private DateTimeOffset Crossing(long remaining) =>
        remaining <= 0 ? runningSince : calendar.AddBusinessTime(runningSince, new TimeSpan(remaining));
}
