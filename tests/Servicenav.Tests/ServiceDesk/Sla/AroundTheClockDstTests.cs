using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>"Dygnet runt" over the DST changes of 2026: clocks go 02:00 → 03:00 on 29 March and 03:00 → 02:00 on 25 October.</summary>
public class AroundTheClockDstTests
{
    private readonly BusinessCalendar allHours = AroundTheClock();

    [Fact]
    public void SpringForwardSunday_Has23OpenHours()
    {
        // Local midnight 29 March is 23:00 UTC the day before; local midnight 30 March is 22:00 UTC.
        allHours.BusinessTimeBetween(Cet(2026, 3, 29, 0), Cest(2026, 3, 30, 0)).ShouldBe(Hours(23));
    }

    [Fact]
    public void FallBackSunday_Has25OpenHours()
    {
        allHours.BusinessTimeBetween(Cest(2026, 10, 25, 0), Cet(2026, 10, 26, 0)).ShouldBe(Hours(25));
    }

    [Fact]
    public void AddingHoursOverTheSpringChange_CountsRealHours()
    {
        // 01:00 CET (00:00 UTC) + 2 real hours = 02:00 UTC = 04:00 CEST: the wall clock moved 3 hours (02:00–03:00 never happened).
        allHours.AddBusinessTime(Cet(2026, 3, 29, 1), Hours(2)).ShouldBe(Cest(2026, 3, 29, 4));
        // 24 h from Saturday noon lands at 13:00 on Sunday, local time.
        allHours.AddBusinessTime(Cet(2026, 3, 28, 12), Hours(24)).ShouldBe(Cest(2026, 3, 29, 13));
    }

    [Fact]
    public void AddingHoursOverTheAutumnChange_CountsTheRepeatedHourOnce()
    {
        // 01:00 CEST (23:00 UTC) + 3 real hours = 02:00 UTC = 03:00 CET; 02:00–03:00 local was lived twice.
        allHours.AddBusinessTime(Cest(2026, 10, 25, 1), Hours(3)).ShouldBe(Cet(2026, 10, 25, 3));
    }

    [Fact]
    public void OneBusinessDayOverTheSpringChange_IsTheSameLocalTimeAndThus23RealHours()
    {
        var due = allHours.AddBusinessDays(Cet(2026, 3, 28, 10), 1);

        due.ShouldBe(Cest(2026, 3, 29, 10));
        allHours.BusinessTimeBetween(Cet(2026, 3, 28, 10), due).ShouldBe(Hours(23));
    }

    [Fact]
    public void BusinessDayLandingInTheSkippedHour_IsDueWhenTheHourEnds()
    {
        // 02:30 on 29 March does not exist; the first instant after the gap is 03:00 CEST.
        allHours.AddBusinessDays(Cet(2026, 3, 28, 2, 30), 1).ShouldBe(Cest(2026, 3, 29, 3));
    }

    [Fact]
    public void AroundTheClock_IsOpenOnPublicHolidays()
    {
        allHours.BusinessTimeBetween(Cet(2026, 12, 24, 0), Cet(2026, 12, 27, 0)).ShouldBe(Hours(72));
        allHours.IsOpen(Cest(2026, 6, 20, 3)).ShouldBeTrue();
    }

    [Fact]
    public void AWholeYear_Is8760Hours()
    {
        allHours.BusinessTimeBetween(Cet(2026, 1, 1, 0), Cet(2027, 1, 1, 0)).ShouldBe(Hours(8760));
        allHours.AddBusinessTime(Cet(2026, 1, 1, 0), Hours(8760)).ShouldBe(Cet(2027, 1, 1, 0));
    }
}
