using System.Globalization;

namespace Servicenav.SharedKernel;

/// <summary>
/// A calendar month, the unit of charging (a billing period, a usage period). Stored as the integer
/// yyyymm (202503) so periods sort, compare and range-partition as plain numbers on both databases.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PeriodJsonConverter))]
public readonly record struct Period : IComparable<Period>
{
    public Period(int year, int month)
    {
        if (year is < 2000 or > 2999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A period's year must be 2000–2999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A period's month must be 1–12.");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>202503 for March 2025: the stored form.</summary>
    public int Key => (Year * 100) + Month;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public Period Next => Month == 12 ? new Period(Year + 1, 1) : new Period(Year, Month + 1);

    public Period Previous => Month == 1 ? new Period(Year - 1, 12) : new Period(Year, Month - 1);

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public static Period FromKey(int key) => new(key / 100, key % 100);

    /// <summary>The twelve months of a year, January first.</summary>
    public static IEnumerable<Period> MonthsOf(int year) => Enumerable.Range(1, 12).Select(month => new Period(year, month));

    /// <summary>Reads "2025-03" (also "202503"); false for anything else.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var value = text?.Trim() ?? "";
        int year, month;
        if (value.Length == 7 && value[4] == '-')
        {
            if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month))
            {
                return false;
            }
        }
        else if (value.Length == 6 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            (year, month) = (key / 100, key % 100);
        }
        else
        {
            return false;
        }

        if (year is < 2000 or > 2999 || month is < 1 or > 12)
        {
            return false;
        }

        period = new Period(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period (yyyy-mm).");

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    public int CompareTo(Period other) => Key.CompareTo(other.Key);

    public static bool operator <(Period a, Period b) => a.Key < b.Key;

    public static bool operator >(Period a, Period b) => a.Key > b.Key;

    public static bool operator <=(Period a, Period b) => a.Key <= b.Key;

    public static bool operator >=(Period a, Period b) => a.Key >= b.Key;

    /// <summary>"2025-03", the form used in files, URLs and the UI.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
