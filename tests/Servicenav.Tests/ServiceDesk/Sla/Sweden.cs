using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.Tests.ServiceDesk.Sla;

/// <summary>
/// Instants written as Swedish wall-clock time with the offset spelled out, so each expectation shows whether it is
/// winter time (CET, +01) or summer time (CEST, +02). In 2026 summer time runs 29 March 02:00 → 25 October 03:00.
/// </summary>
internal static class Sweden
{
    public static DateTimeOffset Cet(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(1));

    public static DateTimeOffset Cest(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(2));

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan At(int hour, int minute = 0) => new(hour, minute, 0);

    /// <summary>"Vardagar 08.00–16.30": 8.5 open hours a weekday, closed on public holidays, no eves closed.</summary>
    public static BusinessCalendar Office(SwedishEves closedEves = SwedishEves.None) =>
        new(BusinessCalendarDefinition.Weekdays(At(8), At(16, 30)) with { ClosedEves = closedEves });

    public static BusinessCalendar AroundTheClock() => new(BusinessCalendarDefinition.AroundTheClock());
}
