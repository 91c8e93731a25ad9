using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.Tests.ServiceDesk.Sla;

public class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2008, 3, 23)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_FollowsTheGregorianComputus(int year, int month, int day) =>
        SwedishHolidays.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData(2025, 6, 21)]
    [InlineData(2026, 6, 20)]
    [InlineData(2027, 6, 26)]
    public void MidsummerDay_IsTheSaturdayFrom20To26June(int year, int month, int day) =>
        SwedishHolidays.MidsummerDay(year).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData(2025, 11, 1)]
    [InlineData(2026, 10, 31)]
    [InlineData(2027, 11, 6)]
    public void AllSaintsDay_IsTheSaturdayFrom31OctoberTo6November(int year, int month, int day) =>
        SwedishHolidays.AllSaintsDay(year).ShouldBe(new DateOnly(year, month, day));

    [Fact]
    public void PublicHolidays2026_AreTheThirteenRedDaysWithTheirSwedishNames()
    {
        var days = SwedishHolidays.InYear(2026).Select(d => (d.Date.ToString("yyyy-MM-dd"), d.Name)).ToList();

        days.ShouldBe(
        [
            ("2026-01-01", "Nyårsdagen"),
            ("2026-01-06", "Trettondedag jul"),
            ("2026-04-03", "Långfredagen"),
            ("2026-04-05", "Påskdagen"),
            ("2026-04-06", "Annandag påsk"),
            ("2026-05-01", "Första maj"),
            ("2026-05-14", "Kristi himmelfärdsdag"),
            ("2026-05-24", "Pingstdagen"),
            ("2026-06-06", "Sveriges nationaldag"),
            ("2026-06-20", "Midsommardagen"),
            ("2026-10-31", "Alla helgons dag"),
            ("2026-12-25", "Juldagen"),
            ("2026-12-26", "Annandag jul"),
        ]);
        SwedishHolidays.InYear(2026).ShouldAllBe(d => !d.IsEve);
    }

    [Fact]
    public void Eves_AreIncludedOnlyWhenAskedFor()
    {
        var eves = SwedishHolidays.InYear(2026, SwedishEves.All).Where(d => d.IsEve).Select(d => (d.Date.ToString("yyyy-MM-dd"), d.Name, d.Eve)).ToList();

        eves.ShouldBe(
        [
            ("2026-04-04", "Påskafton", SwedishEves.EasterEve),
            ("2026-06-19", "Midsommarafton", SwedishEves.MidsummerEve),
            ("2026-12-24", "Julafton", SwedishEves.ChristmasEve),
            ("2026-12-31", "Nyårsafton", SwedishEves.NewYearsEve),
        ]);
        SwedishHolidays.InYear(2026, SwedishEves.MidsummerEve).Where(d => d.IsEve).ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 6, 19));
    }

    [Fact]
    public void MidsummerEve2027_IsFriday25June() =>
        SwedishHolidays.InYear(2027, SwedishEves.MidsummerEve).Single(d => d.IsEve).Date.ShouldBe(new DateOnly(2027, 6, 25));

    [Fact]
    public void AscensionDayOnFirstOfMay2008_BothHolidaysAreListed()
    {
        var firstOfMay = SwedishHolidays.InYear(2008).Where(d => d.Date == new DateOnly(2008, 5, 1)).Select(d => d.Name).ToList();

        firstOfMay.ShouldBe(["Första maj", "Kristi himmelfärdsdag"]);
    }
}
