using System.Globalization;

namespace Servicenav.SharedKernel;

/// <summary>The one place that knows how numbers, amounts and dates become text for Swedish readers.</summary>
public static class SwedishCulture
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly TimeZoneInfo StockholmZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Today's date in Sweden, whatever the server's own time zone.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), StockholmZone).DateTime);

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), StockholmZone);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTimeText(DateTime utc) =>
        ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public static string Integer(long value) => value.ToString("N0", Culture);

    /// <summary>"71 %" — Swedish style puts a (non-breaking) space before the percent sign.</summary>
    public static string Percent(decimal fraction, int decimals = 0) =>
        (fraction * 100m).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) + "\u00a0%";
}
