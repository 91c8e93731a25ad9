namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// One local calendar year of a business calendar, precomputed in UTC ticks: the open intervals (adjacent ones
/// merged, so a 24/7 year is one interval) with a running sum of open time, and per day its first opening, last
/// closing and a running count of business days. Every question is then a binary search. Immutable once built.
/// </summary>
internal sealed class CalendarYear
{
    private readonly long[] starts;
    private readonly long[] ends;

    /// <summary>cumulative[i] is the open time before interval i; cumulative[^1] the year's total.</summary>
    private readonly long[] cumulative;

    /// <summary>businessDaysBefore[d] counts the business days among the year's first d days.</summary>
    private readonly int[] businessDaysBefore;
    private readonly long[] dayOpens;
    private readonly long[] dayCloses;

    private CalendarYear(int year, long startUtc, long endUtc, List<long> starts, List<long> ends, int[] businessDaysBefore, long[] dayOpens, long[] dayCloses)
    {
        Year = year;
        StartUtc = startUtc;
        EndUtc = endUtc;
        this.starts = [.. starts];
        this.ends = [.. ends];
        cumulative = new long[starts.Count + 1];
        for (var i = 0; i < starts.Count; i++)
        {
            cumulative[i + 1] = cumulative[i] + (ends[i] - starts[i]);
        }

        this.businessDaysBefore = businessDaysBefore;
        this.dayOpens = dayOpens;
        this.dayCloses = dayCloses;
    }

    public int Year { get; }

    /// <summary>Local midnight starting 1 January, in UTC ticks.</summary>
    public long StartUtc { get; }

    /// <summary>Local midnight starting the next 1 January, in UTC ticks.</summary>
    public long EndUtc { get; }

    public long TotalOpen => cumulative[^1];

    public int BusinessDays => businessDaysBefore[^1];

    public static CalendarYear Build(int year, CalendarRules rules, TimeZoneInfo zone)
    {
        var first = new DateOnly(year, 1, 1);
        var dayCount = DateTime.IsLeapYear(year) ? 366 : 365;
        var closed = rules.ClosedDates(year);
        var starts = new List<long>(dayCount);
        var ends = new List<long>(dayCount);
        var businessDaysBefore = new int[dayCount + 1];
        var dayOpens = new long[dayCount];
        var dayCloses = new long[dayCount];
        for (var day = 0; day < dayCount; day++)
        {
            var date = first.AddDays(day);
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            foreach (var hours in rules.HoursOn(date, closed))
            {
                var opens = WallClock.ToUtcTicks(zone, midnight + hours.Opens);
                var closes = WallClock.ToUtcTicks(zone, midnight + hours.Closes);
                if (closes <= opens)
                {
                    continue; // an interval wholly inside the skipped DST hour
                }

                dayOpens[day] = dayOpens[day] == 0 ? opens : dayOpens[day];
                dayCloses[day] = closes;
                if (ends.Count > 0 && ends[^1] >= opens)
                {
                    ends[^1] = Math.Max(ends[^1], closes);
                }
                else
                {
                    starts.Add(opens);
                    ends.Add(closes);
                }
            }

            businessDaysBefore[day + 1] = businessDaysBefore[day] + (dayCloses[day] > 0 ? 1 : 0);
        }

        var startUtc = WallClock.ToUtcTicks(zone, first.ToDateTime(TimeOnly.MinValue));
        var endUtc = WallClock.ToUtcTicks(zone, first.AddYears(1).ToDateTime(TimeOnly.MinValue));
        return new CalendarYear(year, startUtc, endUtc, starts, ends, businessDaysBefore, dayOpens, dayCloses);
    }

    /// <summary>Open time from the year's start to the instant (which must lie in this year).</summary>
    public long OpenTimeBefore(long utc)
    {
        var i = LastIntervalStartingAtOrBefore(utc);
        return i < 0 ? 0 : cumulative[i] + (Math.Min(utc, ends[i]) - starts[i]);
    }

    /// <summary>The earliest instant by which <paramref name="openTime"/> (0 &lt; openTime ≤ TotalOpen) has passed since the year's start.</summary>
    public long InstantAfterOpenTime(long openTime)
    {
        // First k ≥ 1 with cumulative[k] ≥ openTime; the instant lies in interval k − 1.
        var k = Array.BinarySearch(cumulative, 1, starts.Length, openTime);
        var interval = (k >= 0 ? k : ~k) - 1;
        return starts[interval] + (openTime - cumulative[interval]);
    }

    public bool IsOpen(long utc)
    {
        var i = LastIntervalStartingAtOrBefore(utc);
        return i >= 0 && utc < ends[i];
    }

    /// <summary>The instant itself when open, else the next opening in this year, or null when none is left.</summary>
    public long? NextOpening(long utc)
    {
        var i = LastIntervalStartingAtOrBefore(utc);
        if (i >= 0 && utc < ends[i])
        {
            return utc;
        }

        return i + 1 < starts.Length ? starts[i + 1] : null;
    }

    /// <summary>Business days among the year's days before <paramref name="dayOfYear"/> (0-based).</summary>
    public int BusinessDaysBefore(int dayOfYear) => businessDaysBefore[dayOfYear];

    /// <summary>The 0-based day of the year that is its <paramref name="ordinal"/>:th business day (1 ≤ ordinal ≤ BusinessDays).</summary>
    public int NthBusinessDay(int ordinal)
    {
        var low = 1;
        var high = businessDaysBefore.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (businessDaysBefore[middle] >= ordinal)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low - 1;
    }

    /// <summary>The day's first opening and last closing in UTC ticks; (0, 0) on a closed day.</summary>
    public (long Opens, long Closes) DaySpan(int dayOfYear) => (dayOpens[dayOfYear], dayCloses[dayOfYear]);

    private int LastIntervalStartingAtOrBefore(long utc)
    {
        var i = Array.BinarySearch(starts, utc);
        return i >= 0 ? i : ~i - 1;
    }
}
