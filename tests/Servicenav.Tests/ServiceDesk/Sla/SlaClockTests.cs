using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>
/// SLA clocks on office hours "Vardagar 08.00–16.30" (8.5 h a day) in March 2026 (winter time):
/// Mon 9, Tue 10, Wed 11, Thu 12, Fri 13, (weekend), Mon 16 March.
/// </summary>
public class SlaClockTests
{
    private static readonly BusinessCalendar OfficeHours = Office();

    internal static SlaClockEvent Start(DateTimeOffset at) => new(at, SlaClockEventKind.Start);

    internal static SlaClockEvent Pause(DateTimeOffset at) => new(at, SlaClockEventKind.Pause);

    internal static SlaClockEvent Resume(DateTimeOffset at) => new(at, SlaClockEventKind.Resume);

    internal static SlaClockEvent Stop(DateTimeOffset at) => new(at, SlaClockEventKind.Stop);

    internal static SlaState Evaluate(SlaTarget target, DateTimeOffset now, params SlaClockEvent[] events) =>
        SlaClock.Evaluate(events, target, OfficeHours, now, 0.75m, withTimeline: true);

    [Fact]
    public void CaseOpenedInTheEvening_UsesNoTimeUntilTheMorning()
    {
        // Opened Tue 18:00; by Wed 12:00 four hours are used (08–12), the 8 h are due Wed 16:00.
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 12), Start(Cet(2026, 3, 10, 18)));

        state.Status.ShouldBe(SlaStatus.Running);
        state.StartedAt.ShouldBe(Cet(2026, 3, 10, 18));
        state.BusinessTimeUsed.ShouldBe(Hours(4));
        state.FractionUsed.ShouldBe(0.5m);
        state.Due.ShouldBe(Cet(2026, 3, 11, 16));
        state.WarningAt.ShouldBe(Cet(2026, 3, 11, 14));
        state.BreachAt.ShouldBe(Cet(2026, 3, 11, 16));
        state.BusinessTimeRemaining.ShouldBe(Hours(4));
    }

    [Fact]
    public void At75PercentUsed_TheClockWarns()
    {
        // 6 of 8 h used at Wed 14:00.
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 14), Start(Cet(2026, 3, 10, 18)));

        state.Status.ShouldBe(SlaStatus.Warning);
        state.FractionUsed.ShouldBe(0.75m);
        state.WarningAt.ShouldBe(Cet(2026, 3, 11, 14));
        Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 13, 59), Start(Cet(2026, 3, 10, 18))).Status.ShouldBe(SlaStatus.Running);
    }

    [Fact]
    public void AfterTheDue_TheClockIsBreachedAtTheDueInstant()
    {
        var atDue = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 16), Start(Cet(2026, 3, 10, 18)));
        var after = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 16, 15), Start(Cet(2026, 3, 10, 18)));

        atDue.Status.ShouldBe(SlaStatus.Warning);
        after.Status.ShouldBe(SlaStatus.Breached);
        after.BreachAt.ShouldBe(Cet(2026, 3, 11, 16));
        after.Due.ShouldBe(Cet(2026, 3, 11, 16));
        after.BusinessTimeUsed.ShouldBe(Hours(8.25));
        after.BusinessTimeRemaining.ShouldBe(-Hours(0.25));
        after.Timeline.Select(e => (e.AtUtc, e.Kind, e.BusinessTimeUsed)).ShouldBe(
        [
            (Cet(2026, 3, 10, 18), SlaTimelineEntryKind.Started, TimeSpan.Zero),
            (Cet(2026, 3, 11, 14), SlaTimelineEntryKind.WarningReached, Hours(6)),
            (Cet(2026, 3, 11, 16), SlaTimelineEntryKind.Breached, Hours(8)),
        ]);
    }

    [Fact]
    public void DueAtClosing_IsBreachedInTheEveningThoughNoMoreTimeIsUsed()
    {
        // 8.5 h from Wed 08:00 is due Wed 16:30; at 18:00 the due has passed.
        var state = Evaluate(SlaTarget.Hours(8.5m), Cet(2026, 3, 11, 18), Start(Cet(2026, 3, 11, 8)));

        state.Due.ShouldBe(Cet(2026, 3, 11, 16, 30));
        state.FractionUsed.ShouldBe(1m);
        state.Status.ShouldBe(SlaStatus.Breached);
    }

    [Theory]
    [InlineData(9, 0, SlaStatus.Met, 7.5)]
    [InlineData(9, 30, SlaStatus.Met, 8)]
    [InlineData(11, 0, SlaStatus.MetLate, 9.5)]
    public void StoppedClock_IsMetAtOrBeforeTheDueAndLateAfterIt(int hour, int minute, SlaStatus expected, double usedHours)
    {
        // Mon 10:00 + 8 h: 6.5 h on Monday, 1.5 h on Tuesday → due Tue 09:30. A stop at Tue 11:00 has used 6.5 + 3 = 9.5 h.
        var stoppedAt = Cet(2026, 3, 10, hour, minute);
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 12, 12), Start(Cet(2026, 3, 9, 10)), Stop(stoppedAt));

        state.Status.ShouldBe(expected);
        state.StoppedAt.ShouldBe(stoppedAt);
        state.BusinessTimeUsed.ShouldBe(Hours(usedHours));
        state.Due.ShouldBe(Cet(2026, 3, 10, 9, 30));
    }

    [Fact]
    public void StoppedAfterTheDueInClosedTime_IsMetLate()
    {
        var state = Evaluate(SlaTarget.Hours(8.5m), Cet(2026, 3, 12, 12), Start(Cet(2026, 3, 11, 8)), Stop(Cet(2026, 3, 11, 17)));

        state.Status.ShouldBe(SlaStatus.MetLate);
        state.BusinessTimeUsed.ShouldBe(Hours(8.5));
    }

    [Fact]
    public void MetLate_TimelineShowsWarningAndBreachBeforeTheStop()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 12, 12), Start(Cet(2026, 3, 9, 10)), Stop(Cet(2026, 3, 10, 11)));

        state.Timeline.Select(e => (e.AtUtc, e.Kind, e.BusinessTimeUsed)).ShouldBe(
        [
            (Cet(2026, 3, 9, 10), SlaTimelineEntryKind.Started, TimeSpan.Zero),
            (Cet(2026, 3, 9, 16), SlaTimelineEntryKind.WarningReached, Hours(6)),
            (Cet(2026, 3, 10, 9, 30), SlaTimelineEntryKind.Breached, Hours(8)),
            (Cet(2026, 3, 10, 11), SlaTimelineEntryKind.Stopped, Hours(9.5)),
        ]);
        state.WarningAt.ShouldBe(Cet(2026, 3, 9, 16));
        state.BreachAt.ShouldBe(Cet(2026, 3, 10, 9, 30));
    }

    [Fact]
    public void MetClock_HasNoBreachInstant()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 12, 12), Start(Cet(2026, 3, 9, 10)), Stop(Cet(2026, 3, 9, 12)));

        state.Status.ShouldBe(SlaStatus.Met);
        state.BreachAt.ShouldBeNull();
        state.WarningAt.ShouldBeNull();
        state.FractionUsed.ShouldBe(0.25m);
    }

    [Fact]
    public void AcrossEaster_TheDueSkipsLongFridayToEasterMonday()
    {
        // Thu 2 April 2026 14:00 CEST: 2.5 h, then Tue 7 April 5.5 h → 13:30.
        var state = Evaluate(SlaTarget.Hours(8), Cest(2026, 4, 6, 12), Start(Cest(2026, 4, 2, 14)));

        state.BusinessTimeUsed.ShouldBe(Hours(2.5));
        state.Due.ShouldBe(Cest(2026, 4, 7, 13, 30));
        state.Status.ShouldBe(SlaStatus.Running);
    }

    [Fact]
    public void NoStart_IsNotStarted()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 12), Pause(Cet(2026, 3, 10, 9)));

        state.Status.ShouldBe(SlaStatus.NotStarted);
        state.Due.ShouldBeNull();
        state.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(SlaTimelineEntryKind.Ignored);
    }

    [Fact]
    public void EventsAfterNow_HaveNotHappenedYet()
    {
        var state = Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 9, 12), Start(Cet(2026, 3, 9, 8)), Stop(Cet(2026, 3, 9, 14)));

        state.Status.ShouldBe(SlaStatus.Running);
        state.BusinessTimeUsed.ShouldBe(Hours(4));
    }

    [Fact]
    public void EventsOutOfOrder_AreRefused() =>
        Should.Throw<ArgumentException>(() => Evaluate(SlaTarget.Hours(8), Cet(2026, 3, 11, 12), Start(Cet(2026, 3, 10, 9)), Pause(Cet(2026, 3, 10, 8))));

    [Fact]
    public void WithoutTimeline_TheStateIsTheSame()
    {
        SlaClockEvent[] events = [Start(Cet(2026, 3, 9, 10)), Pause(Cet(2026, 3, 9, 11)), Resume(Cet(2026, 3, 10, 9))];

        var light = SlaClock.Evaluate(events, SlaTarget.Hours(8), OfficeHours, Cet(2026, 3, 10, 15));
        var full = SlaClock.Evaluate(events, SlaTarget.Hours(8), OfficeHours, Cet(2026, 3, 10, 15), withTimeline: true);

        light.Timeline.ShouldBeEmpty();
        full.Timeline.ShouldNotBeEmpty();
        (light with { Timeline = full.Timeline }).ShouldBe(full);
    }

    [Fact]
    public void ATwentyFourSevenClock_CountsRealHoursOverTheDstChange()
    {
        // Sat 28 March 12:00 CET + 24 h on a 24/7 calendar: Sunday has 23 hours, so 13:00 CEST.
        var state = SlaClock.Evaluate([Start(Cet(2026, 3, 28, 12))], SlaTarget.Hours(24), AroundTheClock(), Cest(2026, 3, 29, 12));

        state.Due.ShouldBe(Cest(2026, 3, 29, 13));
        state.BusinessTimeUsed.ShouldBe(Hours(23));
    }
}
