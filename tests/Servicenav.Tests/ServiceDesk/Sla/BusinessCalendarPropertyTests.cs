using Servicenav.ServiceDesk.Domain.Sla;
using static Servicenav.Tests.ServiceDesk.Sla.Sweden;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>Laws that hold for any instants, checked on seeded random samples and against a minute-by-minute count.</summary>
public class BusinessCalendarPropertyTests
{
    private static readonly BusinessCalendar Awkward = new(new BusinessCalendarDefinition
    {
        Week =
        [
            .. Enumerable.Range(1, 5).SelectMany(day => new[]
            {
                new WeeklyOpening((DayOfWeek)day, At(7, 30), At(12)),
                new WeeklyOpening((DayOfWeek)day, At(12, 45), At(17)),
            }),
            new WeeklyOpening(DayOfWeek.Saturday, At(10), At(14)),
            new WeeklyOpening(DayOfWeek.Sunday, At(22), TimeSpan.FromHours(24)),
            new WeeklyOpening(DayOfWeek.Monday, TimeSpan.Zero, At(2)),
        ],
        ClosedEves = SwedishEves.All,
        SpecialDays = [SpecialDay.Closed(new DateOnly(2026, 5, 15)), new SpecialDay(new DateOnly(2026, 12, 23), [new OpeningInterval(At(9), At(11))])],
    });

    public static TheoryData<string> Calendars() => ["office", "awkward", "allhours"];

    private static BusinessCalendar Named(string name) => name switch
    {
        "office" => Office(SwedishEves.ChristmasEve),
        "awkward" => Awkward,
        _ => AroundTheClock(),
    };

    [Theory]
    [MemberData(nameof(Calendars))]
    public void BusinessTimeBetween_IsAdditiveOverAMiddlePoint(string name)
    {
        var calendar = Named(name);
        var random = new Random(20260329);
        for (var i = 0; i < 2000; i++)
        {
            var instants = new[] { RandomInstant(random), RandomInstant(random), RandomInstant(random) }.Order().ToArray();

            (calendar.BusinessTimeBetween(instants[0], instants[1]) + calendar.BusinessTimeBetween(instants[1], instants[2]))
                .ShouldBe(calendar.BusinessTimeBetween(instants[0], instants[2]));
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddBusinessTime_OfTheTimeBetween_LandsOnTheEndWhenTheEndIsOpen(string name)
    {
        var calendar = Named(name);
        var random = new Random(20261025);
        var checkedPairs = 0;
        for (var i = 0; i < 4000; i++)
        {
            var start = RandomInstant(random);
            var end = start + TimeSpan.FromMinutes(random.Next(1, 60 * 24 * 20));
            // Inside an interval (not at its opening instant), so no earlier instant has the same open time before it.
            if (!calendar.IsOpen(end) || !calendar.IsOpen(end.AddTicks(-1)))
            {
                continue;
            }

            calendar.AddBusinessTime(start, calendar.BusinessTimeBetween(start, end)).ShouldBe(end);
            checkedPairs++;
        }

        checkedPairs.ShouldBeGreaterThan(200);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddBusinessTime_AddsExactlyThatMuchOpenTime(string name)
    {
        var calendar = Named(name);
        var random = new Random(424242);
        for (var i = 0; i < 2000; i++)
        {
            var start = RandomInstant(random);
            var amount = TimeSpan.FromMinutes(random.Next(1, 60 * 200));

            var due = calendar.AddBusinessTime(start, amount);

            calendar.BusinessTimeBetween(start, due).ShouldBe(amount);
            calendar.BusinessTimeBetween(start, due.AddTicks(-1)).ShouldBeLessThan(amount);
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void BusinessTimeBetween_MatchesAMinuteByMinuteCount(string name)
    {
        var calendar = Named(name);
        var random = new Random(7);
        for (var i = 0; i < 150; i++)
        {
            var start = RandomInstant(random);
            var end = start + TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 6));

            calendar.BusinessTimeBetween(start, end).ShouldBe(TimeSpan.FromMinutes(OpenMinutes(calendar, start, end)), $"{start:O} – {end:O}");
        }
    }

    [Fact]
    public void ConcurrentReaders_AllSeeTheSameAnswers()
    {
        var calendar = Office(SwedishEves.All);
        var expected = Office(SwedishEves.All).BusinessTimeBetween(Cet(2026, 1, 1, 0), Cet(2030, 1, 1, 0));

        var results = new TimeSpan[64];
        Parallel.For(0, results.Length, i => results[i] = calendar.BusinessTimeBetween(Cet(2026, 1, 1, 0), Cet(2030, 1, 1, 0)));

        results.ShouldAllBe(r => r == expected);
    }

    /// <summary>The slow, obviously right count: each whole minute whose local time falls in the date's hours.</summary>
    private static int OpenMinutes(BusinessCalendar calendar, DateTimeOffset start, DateTimeOffset end)
    {
        var open = 0;
        var hoursByDate = new Dictionary<DateOnly, IReadOnlyList<OpeningInterval>>();
        for (var minute = start; minute < end; minute = minute.AddMinutes(1))
        {
            var local = TimeZoneInfo.ConvertTime(minute, calendar.TimeZone).DateTime;
            var date = DateOnly.FromDateTime(local);
            if (!hoursByDate.TryGetValue(date, out var hours))
            {
                hours = hoursByDate[date] = calendar.HoursOn(date);
            }

            if (hours.Any(h => local.TimeOfDay >= h.Opens && local.TimeOfDay < h.Closes))
            {
                open++;
            }
        }

        return open;
    }

    /// <summary>Whole minutes in 2025–2027, so the DST days and three year ends are in range.</summary>
    private static DateTimeOffset RandomInstant(Random random) =>
        Utc(2025, 1, 1, 0).AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
}
