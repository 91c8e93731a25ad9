using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.SlaClockTests;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>Pauses (waiting for the customer), stops and reopenings, on office hours 08.00–16.30 in March 2026.</summary>
public class SlaClockPauseTests
{
    [Fact]
    public void PauseDuringOpeningHours_MovesTheDueByThePausedTime()
    {
        // Mon 08:00 start, paused 10:00–13:00 (3 h). At 15:00 used 2 + 2 = 4 h.
        // Due: 8 h + 3 h paused from Mon 08:00 = 8.5 h Monday + 2.5 h Tuesday → Tue 10:30.
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 9, 15),
            Start(Cet(2026, 3, 9, 8)), Pause(Cet(2026, 3, 9, 10)), Resume(Cet(2026, 3, 9, 13)));

        state.BusinessTimeUsed.ShouldBe(Hours(4));
        state.BusinessTimePaused.ShouldBe(Hours(3));
        state.Due.ShouldBe(Cet(2026, 3, 10, 10, 30));
        // Warning at 6 h used: 2 h before the pause, 4 more from 13:00 → 16:30 is only 3.5, so Tue 08:30.
        state.WarningAt.ShouldBe(Cet(2026, 3, 10, 8, 30));
        state.Status.ShouldBe(SlaStatus.Running);
    }

    [Fact]
    public void WhilePaused_TheDueIsUnknown()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 9, 12), Start(Cet(2026, 3, 9, 8)), Pause(Cet(2026, 3, 9, 10)));

        state.Status.ShouldBe(SlaStatus.Paused);
        state.IsPaused.ShouldBeTrue();
        state.Due.ShouldBeNull();
        state.WarningAt.ShouldBeNull();
        state.BreachAt.ShouldBeNull();
        state.BusinessTimeUsed.ShouldBe(Hours(2));
        state.BusinessTimePaused.ShouldBe(Hours(2));
    }

    [Fact]
    public void PausedAfterTheBreach_StaysBreachedAndKeepsItsDue()
    {
        // Due Mon 16:00 (8 h from 08:00); paused at 16:15.
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 10, 9), Start(Cet(2026, 3, 9, 8)), Pause(Cet(2026, 3, 9, 16, 15)));

        state.Status.ShouldBe(SlaStatus.Breached);
        state.IsPaused.ShouldBeTrue();
        state.Due.ShouldBe(Cet(2026, 3, 9, 16));
    }

    [Fact]
    public void PauseAndResumeInClosedTime_ChangeNothing()
    {
        // Paused Mon 18:00, resumed Tue 07:00: no open time in between.
        var plain = Evaluate(SlaTarget.Hours(16), Cet(2026, 3, 10, 9), Start(Cet(2026, 3, 9, 8)));
        var paused = Evaluate(SlaTarget.Hours(16), Cet(2026, 3, 10, 9),
            Start(Cet(2026, 3, 9, 8)), Pause(Cet(2026, 3, 9, 18)), Resume(Cet(2026, 3, 10, 7)));

        paused.BusinessTimePaused.ShouldBe(TimeSpan.Zero);
        paused.BusinessTimeUsed.ShouldBe(Hours(9.5));
        paused.Due.ShouldBe(Cet(2026, 3, 10, 15, 30));
        (paused with { Timeline = plain.Timeline }).ShouldBe(plain);
    }

    [Fact]
    public void DayTarget_PausedOverAWeekend_IsDueLaterByThePausedBusinessTime()
    {
        // Thu 12 March 10:00 + 2 business days = Mon 16 March 10:00; allowed = 6.5 + 8.5 + 2 = 17 h.
        // Paused Fri 15:00 → Mon 10:00: 1.5 h Friday + 2 h Monday = 3.5 h, so due Mon 10:00 + 3.5 h = 13:30.
        // At Mon 12:00 used = 6.5 (Thu) + 7 (Fri 08–15) + 2 (Mon 10–12) = 15.5 h.
        var state = Evaluate(SlaTarget.Days(2), Cet(2026, 3, 16, 12),
            Start(Cet(2026, 3, 12, 10)), Pause(Cet(2026, 3, 13, 15)), Resume(Cet(2026, 3, 16, 10)));

        state.BusinessTimeAllowed.ShouldBe(Hours(17));
        state.BusinessTimePaused.ShouldBe(Hours(3.5));
        state.BusinessTimeUsed.ShouldBe(Hours(15.5));
        state.Due.ShouldBe(Cet(2026, 3, 16, 13, 30));
        state.FractionUsed.ShouldBe(15.5m / 17m);
        // Warning at 0.75 × 17 = 12.75 h: 6.5 h Thursday, 6.25 h Friday → Fri 14:15.
        state.WarningAt.ShouldBe(Cet(2026, 3, 13, 14, 15));
        state.Status.ShouldBe(SlaStatus.Warning);
    }

    [Fact]
    public void DayTarget_WithoutPause_UsesTheBusinessTimeToTheSameTimeTwoDaysLater()
    {
        // Mon 10:00 + 2 days = Wed 10:00, allowed 6.5 + 8.5 + 2 = 17 h; by Tue 10:00 8.5 h are used.
        var state = Evaluate(SlaTarget.Days(2), Cet(2026, 3, 10, 10), Start(Cet(2026, 3, 9, 10)));

        state.Due.ShouldBe(Cet(2026, 3, 11, 10));
        state.FractionUsed.ShouldBe(0.5m);
    }

    [Fact]
    public void DuplicatePauseAndResume_AreIgnored()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 9, 14),
            Start(Cet(2026, 3, 9, 8)), Pause(Cet(2026, 3, 9, 10)), Pause(Cet(2026, 3, 9, 11)),
            Resume(Cet(2026, 3, 9, 12)), Resume(Cet(2026, 3, 9, 13)), Start(Cet(2026, 3, 9, 13, 30)));

        state.BusinessTimeUsed.ShouldBe(Hours(4));
        state.BusinessTimePaused.ShouldBe(Hours(2));
        state.Timeline.Select(e => e.Kind).ShouldBe(
        [
            SlaTimelineEntryKind.Started, SlaTimelineEntryKind.Paused, SlaTimelineEntryKind.Ignored,
            SlaTimelineEntryKind.Resumed, SlaTimelineEntryKind.Ignored, SlaTimelineEntryKind.Ignored,
        ]);
    }

    [Fact]
    public void EventsAfterAStop_AreIgnored()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 10, 12),
            Start(Cet(2026, 3, 9, 8)), Stop(Cet(2026, 3, 9, 12)), Resume(Cet(2026, 3, 9, 13)), Pause(Cet(2026, 3, 9, 14)), Stop(Cet(2026, 3, 9, 15)));

        state.Status.ShouldBe(SlaStatus.Met);
        state.StoppedAt.ShouldBe(Cet(2026, 3, 9, 12));
        state.BusinessTimeUsed.ShouldBe(Hours(4));
        state.Timeline.Count(e => e.Kind == SlaTimelineEntryKind.Ignored).ShouldBe(3);
    }

    [Fact]
    public void ReopenedCase_ContinuesFromWhereItStopped()
    {
        // Mon 08:00–12:00 used 4 h, stopped (resolved), reopened Tue 08:00: the stopped 4.5 h Monday count as paused.
        // At Tue 10:00 used 6 h (75 %); due Mon 08:00 + 8 h + 4.5 h = 8.5 h Monday + 4 h Tuesday → Tue 12:00.
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 10, 10),
            Start(Cet(2026, 3, 9, 8)), Stop(Cet(2026, 3, 9, 12)), Start(Cet(2026, 3, 10, 8)));

        state.BusinessTimeUsed.ShouldBe(Hours(6));
        state.BusinessTimePaused.ShouldBe(Hours(4.5));
        state.Due.ShouldBe(Cet(2026, 3, 10, 12));
        state.StoppedAt.ShouldBeNull();
        state.Status.ShouldBe(SlaStatus.Warning);
        state.Timeline.Select(e => e.Kind).ShouldBe([SlaTimelineEntryKind.Started, SlaTimelineEntryKind.Stopped, SlaTimelineEntryKind.Restarted, SlaTimelineEntryKind.WarningReached]);
    }

    [Fact]
    public void StoppedWhilePaused_CountsThePauseUpToTheStop()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 12),
            Start(Cet(2026, 3, 9, 8)), Pause(Cet(2026, 3, 9, 10)), Stop(Cet(2026, 3, 9, 15)));

        state.Status.ShouldBe(SlaStatus.Met);
        state.BusinessTimeUsed.ShouldBe(Hours(2));
        state.BusinessTimePaused.ShouldBe(Hours(5));
        state.Due.ShouldBeNull();
    }

    [Fact]
    public void MidsummerEveClosed_PausedOverMidsummer_PausesNoBusinessTime()
    {
        // Paused Thu 18 June 16:30 → Mon 22 June 08:00 with midsommarafton closed: no open time in between.
        var calendar = Office(SwedishEves.MidsummerEve);
        SlaClockEvent[] events = [Start(Cest(2026, 6, 18, 9)), Pause(Cest(2026, 6, 18, 16, 30)), Resume(Cest(2026, 6, 22, 8))];

        var state = SlaClock.Evaluate(events, SlaTarget.Hours(16), calendar, Cest(2026, 6, 22, 9));

        state.BusinessTimePaused.ShouldBe(TimeSpan.Zero);
        state.BusinessTimeUsed.ShouldBe(Hours(8.5));
        // 7.5 + 8.5 = 16: Thu 09:00–16:30 is 7.5 h, Mon 08:00–16:30 8.5 h.
        state.Due.ShouldBe(Cest(2026, 6, 22, 16, 30));
    }
}
