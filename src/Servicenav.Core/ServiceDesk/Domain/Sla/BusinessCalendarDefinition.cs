using System.Text.Json.Serialization;

namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// When a service desk is open, as plain data (serialises to and from JSON with System.Text.Json):
/// weekly hours in local time, whether public holidays and which eves are closed, the time zone, and
/// special dates that override everything else. <see cref="BusinessCalendar"/> answers questions about it.
/// </summary>
public sealed record BusinessCalendarDefinition
{
    public const string StockholmTimeZoneId = "Europe/Stockholm";

    public IReadOnlyList<WeeklyOpening> Week { get; init; } = [];

    /// <summary>Closed on the public holidays (röda dagar) of <see cref="SwedishHolidays"/>.</summary>
    public bool ClosedOnPublicHolidays { get; init; } = true;

    [JsonConverter(typeof(JsonStringEnumConverter<SwedishEves>))]
    public SwedishEves ClosedEves { get; init; } = SwedishEves.None;

    /// <summary>An IANA (or Windows) time zone id; local hours are converted through it, so DST days come out right.</summary>
    public string TimeZoneId { get; init; } = StockholmTimeZoneId;

    public IReadOnlyList<SpecialDay> SpecialDays { get; init; } = [];

    /// <summary>Open every day around the clock, holidays included ("Dygnet runt").</summary>
    public static BusinessCalendarDefinition AroundTheClock() => new()
    {
        Week = [.. Enumerable.Range(0, 7).Select(day => new WeeklyOpening((DayOfWeek)day, TimeSpan.Zero, OpeningInterval.EndOfDay))],
        ClosedOnPublicHolidays = false,
    };

    /// <summary>Monday–Friday between the given local times, closed on public holidays ("Vardagar 08.00–16.30").</summary>
    public static BusinessCalendarDefinition Weekdays(TimeSpan opens, TimeSpan closes) => new()
    {
        Week = [.. Enumerable.Range(1, 5).Select(day => new WeeklyOpening((DayOfWeek)day, opens, closes))],
    };

    public bool Equals(BusinessCalendarDefinition? other) =>
        other is not null
        && ClosedOnPublicHolidays == other.ClosedOnPublicHolidays
        && ClosedEves == other.ClosedEves
        && string.Equals(TimeZoneId, other.TimeZoneId, StringComparison.Ordinal)
        && Week.SequenceEqual(other.Week)
        && SpecialDays.SequenceEqual(other.SpecialDays);

    public override int GetHashCode() =>
        HashCode.Combine(ClosedOnPublicHolidays, ClosedEves, TimeZoneId, Week.Count, SpecialDays.Count);
}
