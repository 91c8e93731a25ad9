namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// Answers "how much open time lies between two instants" and "when has this much open time passed" for a
/// <see cref="BusinessCalendarDefinition"/>. Instants are UTC; opening hours are local wall-clock time in the
/// definition's time zone, so a 24/7 day is 23 hours on the spring DST Sunday and 25 on the autumn one.
/// Each local year is tabulated lazily on first use (open intervals with running sums), after which every
/// call is a binary search within a year plus one step per year boundary crossed. Safe for concurrent use.
/// </summary>
/// <remarks>
/// A <b>business day</b> is a local calendar date with any opening time, after public holidays, closed eves and
/// special dates are applied. Intervals are half-open: a desk open 08:00–16:30 is open at 08:00, closed at 16:30.
/// </remarks>
public sealed class BusinessCalendar
{
    /// <summary>The years the calendar tabulates; instants outside them are refused.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2299;

    private readonly CalendarRules rules;
    private readonly CalendarYear?[] years = new CalendarYear?[LastYear - FirstYear + 1];

    public BusinessCalendar(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        rules = new CalendarRules(definition);
        if (!rules.HasWeeklyHours)
        {
            throw new ArgumentException("A business calendar must be open some time every week.", nameof(definition));
        }

        Definition = definition;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);
    }

    public BusinessCalendarDefinition Definition { get; }

    public TimeZoneInfo TimeZone { get; }

    public bool IsOpen(DateTimeOffset instantUtc) => YearContaining(instantUtc.UtcTicks).IsOpen(instantUtc.UtcTicks);

    public bool IsOpen(DateTime instantUtc) => IsOpen(AsUtc(instantUtc));

    /// <summary>Open time between two instants; negative when <paramref name="toUtc"/> is before <paramref name="fromUtc"/>.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset fromUtc, DateTimeOffset toUtc) =>
        new(OpenTimeBetween(fromUtc.UtcTicks, toUtc.UtcTicks));

    public TimeSpan BusinessTimeBetween(DateTime fromUtc, DateTime toUtc) => BusinessTimeBetween(AsUtc(fromUtc), AsUtc(toUtc));

    /// <summary>
    /// The earliest instant by which <paramref name="businessTime"/> of open time has passed since
    /// <paramref name="startUtc"/>: counting starts at the next opening when the start is closed, and a target
    /// reached exactly at a closing is due at that closing (not at the next opening). Zero returns the start.
    /// </summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset startUtc, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        if (businessTime == TimeSpan.Zero)
        {
            return startUtc.ToUniversalTime();
        }

        var year = YearContaining(startUtc.UtcTicks);
        var target = year.OpenTimeBefore(startUtc.UtcTicks) + businessTime.Ticks;
        while (target > year.TotalOpen)
        {
            target -= year.TotalOpen;
            year = Year(year.Year + 1);
        }

        return Utc(year.InstantAfterOpenTime(target));
    }

    public DateTime AddBusinessTime(DateTime startUtc, TimeSpan businessTime) =>
        AddBusinessTime(AsUtc(startUtc), businessTime).UtcDateTime;

    /// <summary>
    /// The same local time of day <paramref name="days"/> business days later. A closed start is first moved to
    /// the next opening (Saturday 14:00 + 2 → Monday 08:00 + 2 → Wednesday 08:00). When that time of day lies
    /// before the target day's first opening or after its last closing (a shortened day), the result is that
    /// opening or closing; a time inside a break on the target day is kept. Zero returns the moved start.
    /// </summary>
    public DateTimeOffset AddBusinessDays(DateTimeOffset startUtc, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var start = NextOpeningTicks(startUtc.UtcTicks);
        if (days == 0)
        {
            return Utc(start);
        }

        var local = WallClock.ToLocal(TimeZone, start);
        var year = Year(local.Year);
        var ordinal = year.BusinessDaysBefore(local.DayOfYear) + days;
        while (ordinal > year.BusinessDays)
        {
            ordinal -= year.BusinessDays;
            year = Year(year.Year + 1);
        }

        var day = year.NthBusinessDay(ordinal);
        var date = new DateOnly(year.Year, 1, 1).AddDays(day);
        var due = WallClock.ToUtcTicks(TimeZone, date.ToDateTime(TimeOnly.MinValue) + local.TimeOfDay);
        var (opens, closes) = year.DaySpan(day);
        return Utc(Math.Clamp(due, opens, closes));
    }

    public DateTime AddBusinessDays(DateTime startUtc, int days) => AddBusinessDays(AsUtc(startUtc), days).UtcDateTime;

    /// <summary>The instant itself when open, else the next opening.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instantUtc) => Utc(NextOpeningTicks(instantUtc.UtcTicks));

    /// <summary>Whether the local date has any opening time (see the remarks on business days).</summary>
    public bool IsBusinessDay(DateOnly localDate) => HoursOn(localDate).Count > 0;

    /// <summary>The local hours that apply on a date, after holidays, eves and special dates.</summary>
    public IReadOnlyList<OpeningInterval> HoursOn(DateOnly localDate) => rules.HoursOn(localDate, rules.ClosedDates(localDate.Year));

    private long OpenTimeBetween(long from, long to)
    {
        if (to < from)
        {
            return -OpenTimeBetween(to, from);
        }

        var first = YearContaining(from);
        var last = YearContaining(to);
        if (first.Year == last.Year)
        {
            return first.OpenTimeBefore(to) - first.OpenTimeBefore(from);
        }

        var open = first.TotalOpen - first.OpenTimeBefore(from);
        for (var year = first.Year + 1; year < last.Year; year++)
        {
            open += Year(year).TotalOpen;
        }

        return open + last.OpenTimeBefore(to);
    }

    private long NextOpeningTicks(long utc)
    {
        var year = YearContaining(utc);
        var next = year.NextOpening(utc);
        while (next is null)
        {
            year = Year(year.Year + 1);
            next = year.NextOpening(year.StartUtc);
        }

        return next.Value;
    }

    private CalendarYear YearContaining(long utc)
    {
        var guess = Year(new DateTime(utc, DateTimeKind.Utc).Year);
        if (utc < guess.StartUtc)
        {
            return Year(guess.Year - 1);
        }

        return utc >= guess.EndUtc ? Year(guess.Year + 1) : guess;
    }

    private CalendarYear Year(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A business calendar covers the years {FirstYear}–{LastYear}.");
        }

        ref var slot = ref years[year - FirstYear];
        var table = Volatile.Read(ref slot);
        if (table is not null)
        {
            return table;
        }

        // Two threads may build the same year; both tables are equal and the first one stored wins.
        var built = CalendarYear.Build(year, rules, TimeZone);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);

    private static DateTimeOffset AsUtc(DateTime instant) => instant.Kind == DateTimeKind.Local
        ? throw new ArgumentException("Pass UTC instants (Kind Utc, or Unspecified meaning UTC as read from the database).", nameof(instant))
        : new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc));
}
