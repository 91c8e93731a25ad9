using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>A definition normalised for lookups: each weekday's and special date's hours sorted and merged.</summary>
internal sealed class CalendarRules
{
    private readonly OpeningInterval[][] week = new OpeningInterval[7][];
    private readonly Dictionary<DateOnly, OpeningInterval[]> special = [];
    private readonly bool closedOnPublicHolidays;
    private readonly SwedishEves closedEves;

    public CalendarRules(BusinessCalendarDefinition definition)
    {
        for (var day = 0; day < 7; day++)
        {
            week[day] = Normalise(definition.Week.Where(opening => opening.Day == (DayOfWeek)day).Select(opening => opening.Interval));
        }

        foreach (var day in definition.SpecialDays)
        {
            if (!special.TryAdd(day.Date, Normalise(day.Hours)))
            {
                throw new ArgumentException($"The special date {SwedishCulture.Date(day.Date)} is given twice.", nameof(definition));
            }
        }

        closedOnPublicHolidays = definition.ClosedOnPublicHolidays;
        closedEves = definition.ClosedEves;
        HasWeeklyHours = week.Any(day => day.Length > 0);
    }

    public bool HasWeeklyHours { get; }

    /// <summary>The dates of a year closed by holidays and eves (special dates aside).</summary>
    public HashSet<DateOnly> ClosedDates(int year) =>
        [.. SwedishHolidays.InYear(year, closedEves).Where(day => day.IsEve || closedOnPublicHolidays).Select(day => day.Date)];

    public OpeningInterval[] HoursOn(DateOnly date, HashSet<DateOnly> closedDates)
    {
        if (special.TryGetValue(date, out var hours))
        {
            return hours;
        }

        return closedDates.Contains(date) ? [] : week[(int)date.DayOfWeek];
    }

    private static OpeningInterval[] Normalise(IEnumerable<OpeningInterval> intervals)
    {
        var merged = new List<OpeningInterval>();
        foreach (var interval in intervals.OrderBy(i => i.Opens))
        {
            interval.Validate();
            if (merged.Count > 0 && merged[^1].Closes >= interval.Opens)
            {
                var last = merged[^1];
                merged[^1] = last with { Closes = last.Closes > interval.Closes ? last.Closes : interval.Closes };
            }
            else
            {
                merged.Add(interval);
            }
        }

        return [.. merged];
    }
}
