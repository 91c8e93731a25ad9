using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>Office hours "Vardagar 08.00–16.30" (8.5 h a day) in Stockholm; March 2026 is winter time until the 29th.</summary>
public class BusinessCalendarTests
{
    private readonly BusinessCalendar office = Office();

    [Fact]
    public void CaseOpenedInTheEvening_StartsCountingNextMorning()
    {
        // Tuesday 10 March 18:00: closed; Wednesday opens 08:00, four hours later is 12:00.
        office.AddBusinessTime(Cet(2026, 3, 10, 18), Hours(4)).ShouldBe(Cet(2026, 3, 11, 12));
        office.BusinessTimeBetween(Cet(2026, 3, 10, 18), Cet(2026, 3, 11, 9)).ShouldBe(Hours(1));
    }

    [Fact]
    public void AcrossANight_OnlyOpenHoursCount()
    {
        // Tue 15:00–16:30 (1.5 h) + Wed 08:00–10:00 (2 h).
        office.BusinessTimeBetween(Cet(2026, 3, 10, 15), Cet(2026, 3, 11, 10)).ShouldBe(Hours(3.5));
    }

    [Fact]
    public void AcrossAWeekend_SaturdayAndSundayDoNotCount()
    {
        // Fri 13 March 14:00–16:30 (2.5 h) + Mon 16 March 08:00–10:00 (2 h).
        office.BusinessTimeBetween(Cet(2026, 3, 13, 14), Cet(2026, 3, 16, 10)).ShouldBe(Hours(4.5));
        // 8 h from Friday 14:00: 2.5 h on Friday, 5.5 h on Monday → 13:30.
        office.AddBusinessTime(Cet(2026, 3, 13, 14), Hours(8)).ShouldBe(Cet(2026, 3, 16, 13, 30));
    }

    [Fact]
    public void TargetReachedAtClosing_IsDueAtTheClosingNotAtTheNextOpening()
    {
        office.AddBusinessTime(Cet(2026, 3, 13, 8), Hours(8.5)).ShouldBe(Cet(2026, 3, 13, 16, 30));
    }

    [Fact]
    public void AcrossEaster_LongFridayToEasterMondayAreClosed()
    {
        // 2026: långfredag 3 April, annandag påsk 6 April. Thu 2 April 15:00 CEST: 1.5 h, then Tue 7 April 2.5 h → 10:30.
        office.AddBusinessTime(Cest(2026, 4, 2, 15), Hours(4)).ShouldBe(Cest(2026, 4, 7, 10, 30));
        // Thu 12:00–16:30 (4.5 h) + Tue 08:00–12:00 (4 h).
        office.BusinessTimeBetween(Cest(2026, 4, 2, 12), Cest(2026, 4, 7, 12)).ShouldBe(Hours(8.5));
        office.IsOpen(Cest(2026, 4, 3, 10)).ShouldBeFalse();
        office.IsOpen(Cest(2026, 4, 6, 10)).ShouldBeFalse();
    }

    [Fact]
    public void MidsummerEve_IsAWorkingDayUnlessConfiguredClosed()
    {
        // 2026: midsommarafton Friday 19 June. Thu 18 June 14:00: 2.5 h on Thursday, 5.5 h left.
        office.AddBusinessTime(Cest(2026, 6, 18, 14), Hours(8)).ShouldBe(Cest(2026, 6, 19, 13, 30));
        Office(SwedishEves.MidsummerEve).AddBusinessTime(Cest(2026, 6, 18, 14), Hours(8)).ShouldBe(Cest(2026, 6, 22, 13, 30));
    }

    [Fact]
    public void AcrossChristmasAndNewYear_WithTheEvesClosed()
    {
        var calendar = Office(SwedishEves.ChristmasEve | SwedishEves.NewYearsEve);

        // Wed 23 Dec 12:00–16:30 (4.5 h); 24–27 closed; 28, 29, 30 Dec (3 × 8.5 h); 31 Dec – 3 Jan closed; Mon 4 Jan 08:00–12:00 (4 h).
        calendar.BusinessTimeBetween(Cet(2026, 12, 23, 12), Cet(2027, 1, 4, 12)).ShouldBe(Hours(34));
        // Julafton and nyårsafton open: two more 8.5 h days.
        office.BusinessTimeBetween(Cet(2026, 12, 23, 12), Cet(2027, 1, 4, 12)).ShouldBe(Hours(51));
        // 30 h from 23 Dec 12:00: 4.5 + 25.5 = 30 exactly at 30 Dec 16:30.
        calendar.AddBusinessTime(Cet(2026, 12, 23, 12), Hours(30)).ShouldBe(Cet(2026, 12, 30, 16, 30));
        calendar.AddBusinessTime(Cet(2026, 12, 23, 12), Hours(31)).ShouldBe(Cet(2027, 1, 4, 9));
    }

    [Fact]
    public void OfficeHours_FollowLocalTimeOverTheSpringDstChange()
    {
        // Fri 27 March 16:00 CET (15:00 UTC): half an hour, then Monday 30 March opens 08:00 CEST (06:00 UTC).
        office.AddBusinessTime(Cet(2026, 3, 27, 16), Hours(1)).ShouldBe(Utc(2026, 3, 30, 6, 30));
    }

    [Fact]
    public void BusinessTimeBetween_IsNegativeWhenTheEndIsBeforeTheStart()
    {
        office.BusinessTimeBetween(Cet(2026, 3, 11, 10), Cet(2026, 3, 10, 15)).ShouldBe(-Hours(3.5));
    }

    [Fact]
    public void IsOpen_IncludesTheOpeningInstantAndExcludesTheClosingInstant()
    {
        office.IsOpen(Cet(2026, 3, 10, 8)).ShouldBeTrue();
        office.IsOpen(Cet(2026, 3, 10, 16, 29)).ShouldBeTrue();
        office.IsOpen(Cet(2026, 3, 10, 16, 30)).ShouldBeFalse();
        office.IsOpen(Cet(2026, 3, 14, 10)).ShouldBeFalse();
    }

    [Fact]
    public void NextOpening_OfAClosedInstantIsTheNextOpeningAndOfAnOpenInstantItself()
    {
        office.NextOpening(Cet(2026, 3, 13, 17)).ShouldBe(Cet(2026, 3, 16, 8));
        office.NextOpening(Cet(2026, 3, 13, 9)).ShouldBe(Cet(2026, 3, 13, 9));
    }

    [Fact]
    public void DateTimeOverloads_TakeAndReturnUtc()
    {
        var start = new DateTime(2026, 3, 13, 13, 0, 0, DateTimeKind.Utc); // 14:00 CET

        var due = office.AddBusinessTime(start, Hours(8));

        due.ShouldBe(new DateTime(2026, 3, 16, 12, 30, 0, DateTimeKind.Utc));
        due.Kind.ShouldBe(DateTimeKind.Utc);
        office.BusinessTimeBetween(DateTime.SpecifyKind(start, DateTimeKind.Unspecified), due).ShouldBe(Hours(8));
        Should.Throw<ArgumentException>(() => office.IsOpen(new DateTime(2026, 3, 13, 13, 0, 0, DateTimeKind.Local)));
    }

    [Fact]
    public void AWholeYear_Is256BusinessDaysIn2027()
    {
        // 2027 starts on a Friday: 52 weeks + 1 Friday = 261 weekdays. Holidays on weekdays: nyårsdagen (Fri), trettondedag
        // jul (Wed), långfredagen 26 Mar, annandag påsk 29 Mar, Kristi himmelfärd 6 May (Thu); the other eight fall on weekends.
        office.BusinessTimeBetween(Cet(2027, 1, 1, 0), Cet(2028, 1, 1, 0)).ShouldBe(Hours(8.5 * 256));
        office.AddBusinessTime(Cet(2026, 12, 31, 23), Hours(8.5 * 256)).ShouldBe(Cet(2027, 12, 31, 16, 30));
    }
}
