using System.Globalization;
using System.Text.RegularExpressions;

namespace Servicenav.ServiceDesk.Domain.Problems;

/// <summary>A problem record's number as people say it: <c>PR-2026-0001</c> (problem, year, sequence within the year).</summary>
public readonly partial record struct ProblemNumber(int Year, long Sequence)
{
    public const string Prefix = "PR";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D4}");

    public static bool TryParse(string? text, out ProblemNumber number)
    {
        number = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        number = new ProblemNumber(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^PR-(\d{4})-(\d{4,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
