using System.Globalization;
using System.Text.RegularExpressions;

namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// Reads the catalogue's opening-hours text: "Dygnet runt" (also "24/7"), or days then one or more time ranges:
/// "Vardagar 08.00–16.30", "Mån–fre 08–17", "Vardagar kl. 7:00-12:00, 13:00-16:30". Days are "Vardagar"
/// (Monday–Friday), "Alla dagar", a Swedish weekday or a range of them ("mån–fre"); times are "7", "07", "07.00"
/// or "07:00"; dashes may be en, em or hyphen. Weekday hours close on public holidays; "Dygnet runt" and
/// "Alla dagar" do not. No eves are closed: the text does not say, so that is the caller's choice.
/// </summary>
public static partial class OpeningHoursText
{
    private static readonly string[] DayNames = ["sön", "mån", "tis", "ons", "tor", "fre", "lör"];

    public static bool TryParse(string? text, out BusinessCalendarDefinition definition)
    {
        definition = BusinessCalendarDefinition.AroundTheClock();
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (AroundTheClockPattern().IsMatch(text))
        {
            return true;
        }

        var match = DaysAndTimesPattern().Match(text);
        if (!match.Success || !TryReadDays(match.Groups["days"].Value, out var days, out var closedOnHolidays))
        {
            return false;
        }

        var ranges = new List<OpeningInterval>();
        foreach (var range in RangeSeparator().Split(match.Groups["times"].Value.Trim()))
        {
            if (!TryReadRange(range, out var interval))
            {
                return false;
            }

            ranges.Add(interval);
        }

        definition = new BusinessCalendarDefinition
        {
            Week = [.. days.SelectMany(day => ranges.Select(r => new WeeklyOpening(day, r.Opens, r.Closes)))],
            ClosedOnPublicHolidays = closedOnHolidays,
        };
        return true;
    }

    private static bool TryReadDays(string text, out List<DayOfWeek> days, out bool closedOnHolidays)
    {
        days = [];
        closedOnHolidays = true;
        var words = Dash().Split(WhiteSpace().Replace(text.Trim(), " "));
        if (words.Length == 1 && words[0].Equals("vardagar", StringComparison.OrdinalIgnoreCase))
        {
            days.AddRange([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
            return true;
        }

        if (words.Length == 1 && words[0].Equals("alla dagar", StringComparison.OrdinalIgnoreCase))
        {
            closedOnHolidays = false;
            days.AddRange(Enum.GetValues<DayOfWeek>());
            return true;
        }

        if (words.Length > 2 || !TryReadDay(words[0], out var first) || !TryReadDay(words[^1], out var last))
        {
            return false;
        }

        // "fre–mån" wraps over the weekend.
        for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
        {
            days.Add(day);
            if (day == last)
            {
                return true;
            }
        }
    }

    /// <summary>"mån", "måndag", "Må" …: the first letters of a Swedish weekday name, at least two.</summary>
    private static bool TryReadDay(string word, out DayOfWeek day)
    {
        day = default;
        word = word.Trim().TrimEnd('.');
        for (var i = 0; i < DayNames.Length; i++)
        {
            var name = DayNames[i] + (i == 3 ? "sdag" : "dag");
            if (word.Length >= 2 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                day = (DayOfWeek)i;
                return true;
            }
        }

        return false;
    }

    private static bool TryReadRange(string text, out OpeningInterval interval)
    {
        interval = OpeningInterval.WholeDay;
        var match = TimeRangePattern().Match(text.Trim());
        if (!match.Success
            || !TryReadTime(match.Groups["oh"].Value, match.Groups["om"].Value, out var opens)
            || !TryReadTime(match.Groups["ch"].Value, match.Groups["cm"].Value, out var closes)
            || opens >= closes)
        {
            return false; // overnight ranges ("22–06") are not opening hours a service desk text uses
        }

        interval = new OpeningInterval(opens, closes);
        return true;
    }

    private static bool TryReadTime(string hours, string minutes, out TimeSpan time)
    {
        var h = int.Parse(hours, NumberStyles.None, CultureInfo.InvariantCulture);
        var m = minutes.Length == 0 ? 0 : int.Parse(minutes, NumberStyles.None, CultureInfo.InvariantCulture);
        time = new TimeSpan(h, m, 0);
        return m < 60 && (h < 24 || (h == 24 && m == 0));
    }

    [GeneratedRegex(@"^\s*(dygnet\s+runt|24\s*/\s*7|24\s*x\s*7)(\s*,?\s*(årets\s+)?alla\s+dagar)?\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AroundTheClockPattern();

    [GeneratedRegex(@"^\s*(?<days>[\p{L}.]+(\s*[-–—]\s*[\p{L}.]+|\s+dagar)?)\s*[,:]?\s+(kl\.?\s*)?(?<times>\d.*?)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysAndTimesPattern();

    [GeneratedRegex(@"^(?<oh>\d{1,2})([.:](?<om>\d{2}))?\s*[-–—]\s*(?<ch>\d{1,2})([.:](?<cm>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRangePattern();

    [GeneratedRegex(@"\s*(?:,|\boch\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\s*[-–—]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
