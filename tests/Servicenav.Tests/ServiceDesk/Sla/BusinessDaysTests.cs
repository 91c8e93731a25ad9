using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>A business day is a local date with any opening time; n days later is the same local time of day, n such dates on.</summary>
public class BusinessDaysTests
{
    private readonly BusinessCalendar office = Office();

    [Fact]
    public void TwoDaysFromMonday_IsWednesdayAtTheSameTime() =>
        office.AddBusinessDays(Cet(2026, 3, 9, 10), 2).ShouldBe(Cet(2026, 3, 11, 10));

    [Fact]
    public void TwoDaysFromThursday_SkipsTheWeekend() =>
        office.AddBusinessDays(Cet(2026, 3, 12, 10), 2).ShouldBe(Cet(2026, 3, 16, 10));

    [Fact]
    public void StartOnSaturday_CountsFromMondaysOpening() =>
        office.AddBusinessDays(Cet(2026, 3, 14, 14), 2).ShouldBe(Cet(2026, 3, 18, 8));

    [Fact]
    public void StartAfterClosing_CountsFromTheNextMorning() =>
        office.AddBusinessDays(Cet(2026, 3, 10, 17), 1).ShouldBe(Cet(2026, 3, 12, 8));

    [Fact]
    public void OneDayFromMaundyThursday_IsTheTuesdayAfterEaster() =>
        office.AddBusinessDays(Cest(2026, 4, 2, 10), 1).ShouldBe(Cest(2026, 4, 7, 10));

    [Fact]
    public void OverNewYear_SkipsTheClosedEvesAndTrettondedagJul()
    {
        var calendar = Office(SwedishEves.ChristmasEve | SwedishEves.NewYearsEve);

        // Wed 30 Dec + 1 = Mon 4 Jan (31 Dec eve, 1 Jan holiday, weekend), + 2 = Tue 5 Jan, + 3 = Thu 7 Jan (6 Jan holiday).
        calendar.AddBusinessDays(Cet(2026, 12, 30, 10), 2).ShouldBe(Cet(2027, 1, 5, 10));
        calendar.AddBusinessDays(Cet(2026, 12, 30, 10), 3).ShouldBe(Cet(2027, 1, 7, 10));
    }

    [Fact]
    public void DueOnAShortenedDay_AfterItsClosing_IsItsClosing()
    {
        var calendar = new BusinessCalendar(BusinessCalendarDefinition.Weekdays(At(8), At(16, 30)) with
        {
            SpecialDays = [new SpecialDay(new DateOnly(2026, 12, 23), [new OpeningInterval(At(8), At(12))])],
        });

        calendar.AddBusinessDays(Cet(2026, 12, 21, 14), 2).ShouldBe(Cet(2026, 12, 23, 12));
        calendar.AddBusinessDays(Cet(2026, 12, 21, 10), 2).ShouldBe(Cet(2026, 12, 23, 10));
    }

    [Fact]
    public void ZeroDays_IsTheStartMovedToAnOpening() =>
        office.AddBusinessDays(Cet(2026, 3, 14, 14), 0).ShouldBe(Cet(2026, 3, 16, 8));

    [Fact]
    public void IsBusinessDay_FollowsHolidaysAndWeekends()
    {
        office.IsBusinessDay(new DateOnly(2026, 4, 2)).ShouldBeTrue();
        office.IsBusinessDay(new DateOnly(2026, 4, 3)).ShouldBeFalse();
        office.IsBusinessDay(new DateOnly(2026, 3, 14)).ShouldBeFalse();
    }
}
