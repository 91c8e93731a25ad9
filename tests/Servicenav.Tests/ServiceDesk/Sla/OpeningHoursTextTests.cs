using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

public class OpeningHoursTextTests
{
    [Theory]
    [InlineData("Dygnet runt")]
    [InlineData("dygnet runt")]
    [InlineData("24/7")]
    [InlineData("Dygnet runt, årets alla dagar")]
    public void AroundTheClockTexts_AreOpenEveryHourIncludingHolidays(string text)
    {
        OpeningHoursText.TryParse(text, out var definition).ShouldBeTrue();

        definition.ShouldBe(BusinessCalendarDefinition.AroundTheClock());
        definition.ClosedOnPublicHolidays.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Vardagar 07.00–17.00", 7, 0, 17, 0)]
    [InlineData("Vardagar 07.00–18.00", 7, 0, 18, 0)]
    [InlineData("Vardagar 08.00–16.30", 8, 0, 16, 30)]
    [InlineData("Vardagar 08.00-16.30", 8, 0, 16, 30)]
    [InlineData("vardagar 08:00 – 16:30", 8, 0, 16, 30)]
    [InlineData("Vardagar 7–17", 7, 0, 17, 0)]
    [InlineData("Vardagar kl. 7.00—17.00", 7, 0, 17, 0)]
    [InlineData("Mån–fre 08–17", 8, 0, 17, 0)]
    [InlineData("mån-fre 08.00-17.00", 8, 0, 17, 0)]
    [InlineData("Måndag–fredag 08.00–16.30", 8, 0, 16, 30)]
    [InlineData("  Vardagar\u00a008.00–16.30. ", 8, 0, 16, 30)]
    public void WeekdayTexts_AreMondayToFridayClosedOnHolidays(string text, int openHour, int openMinute, int closeHour, int closeMinute)
    {
        OpeningHoursText.TryParse(text, out var definition).ShouldBeTrue();

        definition.ShouldBe(BusinessCalendarDefinition.Weekdays(At(openHour, openMinute), At(closeHour, closeMinute)));
        definition.ClosedOnPublicHolidays.ShouldBeTrue();
        definition.ClosedEves.ShouldBe(SwedishEves.None);
        definition.TimeZoneId.ShouldBe("Europe/Stockholm");
    }

    [Fact]
    public void SeveralRanges_GiveALunchBreak()
    {
        OpeningHoursText.TryParse("Mån–fre 08.00–12.00, 13.00–16.30", out var definition).ShouldBeTrue();

        var monday = definition.Week.Where(o => o.Day == DayOfWeek.Monday).Select(o => (o.Opens, o.Closes)).ToList();
        monday.ShouldBe([(At(8), At(12)), (At(13), At(16, 30))]);
        definition.Week.Count.ShouldBe(10);
    }

    [Fact]
    public void AWeekdayRange_CanIncludeSaturday()
    {
        OpeningHoursText.TryParse("Mån–lör 10–14", out var definition).ShouldBeTrue();

        definition.Week.Select(o => o.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday]);
    }

    [Fact]
    public void AllDays_AreOpenOnHolidaysToo()
    {
        OpeningHoursText.TryParse("Alla dagar 07–22", out var definition).ShouldBeTrue();

        definition.Week.Count.ShouldBe(7);
        definition.ClosedOnPublicHolidays.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Enligt överenskommelse")]
    [InlineData("Vardagar")]
    [InlineData("Vardagar 17–08")]
    [InlineData("Vardagar 25–26")]
    [InlineData("Vardagar 08.61–17.00")]
    [InlineData("Helgfri måndag 08–17")]
    [InlineData("Xyz–fre 08–17")]
    [InlineData("Vardagar 08–17 samt helger")]
    public void UnreadableTexts_AreRefused(string? text) =>
        OpeningHoursText.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void ParsedCatalogueHours_GiveTheExpectedOpenTime()
    {
        OpeningHoursText.TryParse("Vardagar 07.00–18.00", out var definition).ShouldBeTrue();
        var calendar = new BusinessCalendar(definition);

        // Fri 13 March 2026 17:00 → Mon 16 March 08:00: 1 h + 1 h.
        calendar.BusinessTimeBetween(Cet(2026, 3, 13, 17), Cet(2026, 3, 16, 8)).ShouldBe(Hours(2));
    }
}
