namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>Local wall-clock time to UTC, defined for the hour DST skips and the hour it repeats.</summary>
internal static class WallClock
{
    /// <summary>
    /// UTC ticks of a local time. A time in the skipped spring hour means the first instant after the gap
    /// (02:30 on the day clocks go 02:00→03:00 is 03:00); a time in the repeated autumn hour means its first occurrence.
    /// </summary>
    public static long ToUtcTicks(TimeZoneInfo zone, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            // Gaps are whole minutes in every zone in use; this runs only while building a year's table.
            local = local.AddTicks(TimeSpan.TicksPerMinute - (local.Ticks % TimeSpan.TicksPerMinute));
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return local.Ticks - offset.Ticks;
    }

    public static DateTime ToLocal(TimeZoneInfo zone, long utcTicks) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), zone);
}
