using System.Text.Json;
using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

public class BusinessCalendarDefinitionTests
{
    private static readonly BusinessCalendarDefinition Full = BusinessCalendarDefinition.Weekdays(At(8), At(16, 30)) with
    {
        ClosedEves = SwedishEves.MidsummerEve | SwedishEves.ChristmasEve,
        SpecialDays =
        [
            SpecialDay.Closed(new DateOnly(2026, 5, 15)),
            new SpecialDay(new DateOnly(2026, 4, 30), [new OpeningInterval(At(8), At(13))]),
        ],
    };

    [Fact]
    public void Definition_RoundTripsThroughJson()
    {
        var json = JsonSerializer.Serialize(Full);

        JsonSerializer.Deserialize<BusinessCalendarDefinition>(json).ShouldBe(Full);
        json.ShouldContain("\"Monday\"");
        json.ShouldContain("\"16:30:00\"");
        json.ShouldContain("MidsummerEve, ChristmasEve");
        json.ShouldContain("Europe/Stockholm");
    }

    [Fact]
    public void ClosedSpecialDay_ClosesABridgeDay()
    {
        var calendar = new BusinessCalendar(Full);

        // Kristi himmelfärd Thu 14 May 2026, bridge day Fri 15 May closed: Wed 16:00–16:30 + Mon 08:00–09:00.
        calendar.BusinessTimeBetween(Cest(2026, 5, 13, 16), Cest(2026, 5, 18, 9)).ShouldBe(Hours(1.5));
    }

    [Fact]
    public void SpecialDayWithHours_ShortensTheDay()
    {
        var calendar = new BusinessCalendar(Full);

        calendar.HoursOn(new DateOnly(2026, 4, 30)).ShouldBe([new OpeningInterval(At(8), At(13))]);
        calendar.BusinessTimeBetween(Cest(2026, 4, 30, 0), Cest(2026, 5, 1, 0)).ShouldBe(Hours(5));
    }

    [Fact]
    public void SpecialDayWithHours_OpensADayThatWouldBeClosed()
    {
        var calendar = new BusinessCalendar(BusinessCalendarDefinition.Weekdays(At(8), At(16, 30)) with
        {
            SpecialDays = [new SpecialDay(new DateOnly(2026, 4, 3), [new OpeningInterval(At(10), At(12))])],
        });

        calendar.BusinessTimeBetween(Cest(2026, 4, 3, 0), Cest(2026, 4, 4, 0)).ShouldBe(Hours(2));
    }

    [Fact]
    public void SeveralIntervalsADay_LeaveALunchBreakClosed()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarDefinition
        {
            Week = [new WeeklyOpening(DayOfWeek.Monday, At(8), At(12)), new WeeklyOpening(DayOfWeek.Monday, At(13), At(17))],
        });

        calendar.BusinessTimeBetween(Cet(2026, 3, 9, 11), Cet(2026, 3, 9, 14)).ShouldBe(Hours(2));
        calendar.IsOpen(Cet(2026, 3, 9, 12, 30)).ShouldBeFalse();
        // Three hours from Monday 11:00: one before lunch, two after → 15:00; 7 h: 5 on this Monday, 2 the next → 10:00.
        calendar.AddBusinessTime(Cet(2026, 3, 9, 11), Hours(3)).ShouldBe(Cet(2026, 3, 9, 15));
        calendar.AddBusinessTime(Cet(2026, 3, 9, 11), Hours(7)).ShouldBe(Cet(2026, 3, 16, 10));
    }

    [Fact]
    public void ACalendarNeverOpen_IsRefused() =>
        Should.Throw<ArgumentException>(() => new BusinessCalendar(new BusinessCalendarDefinition()));

    [Fact]
    public void AnIntervalClosingBeforeItOpens_IsRefused() =>
        Should.Throw<ArgumentException>(() => new BusinessCalendar(BusinessCalendarDefinition.Weekdays(At(17), At(8))));

    [Fact]
    public void AnotherTimeZone_ShiftsTheUtcHours()
    {
        var helsinki = new BusinessCalendar(BusinessCalendarDefinition.Weekdays(At(8), At(16)) with { TimeZoneId = "Europe/Helsinki" });

        // 08:00 in Helsinki (EET, +02) is 06:00 UTC, 07:00 in Stockholm.
        helsinki.NextOpening(Cet(2026, 3, 9, 0)).ShouldBe(Utc(2026, 3, 9, 6));
    }
}
