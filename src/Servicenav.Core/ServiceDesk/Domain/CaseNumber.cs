using System.Globalization;
using System.Text.RegularExpressions;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>A case's number as people say it: <c>KT-2026-000123</c> (kundtjänst, year, sequence within the year).</summary>
public readonly partial record struct CaseNumber(int Year, long Sequence)
{
    public const string Prefix = "KT";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D6}");

    public static bool TryParse(string? text, out CaseNumber number)
    {
        number = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        number = new CaseNumber(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^KT-(\d{4})-(\d{6,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
