using System.Text.RegularExpressions;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// The case number in a mail subject: outbound replies carry it as a tag, "[KT-2026-000123] Skrivaren", and an inbound
/// subject is searched for it wherever it stands (so "SV:", "Re:", "VB:", "Fwd:" and the like in front do not matter).
/// A bracketed token wins over a bare number; a bare number must stand alone and match KT-yyyy-nnnnnn exactly.
/// "KT" is matched in any case, as mail clients and people retype it, and is returned upper-case.
/// </summary>
public static partial class CaseToken
{
    public static bool IsCaseNumber(string? value) => value is not null && Exact().IsMatch(value);

    /// <summary>"[KT-2026-000123]".</summary>
    public static string Format(string caseNumber)
    {
        if (!IsCaseNumber(caseNumber))
        {
            throw new ArgumentException($"'{caseNumber}' is not a case number (KT-yyyy-nnnnnn).", nameof(caseNumber));
        }

        return "[" + caseNumber + "]";
    }

    /// <summary>Puts the tag in front of the subject unless the subject already carries this case's number.</summary>
    public static string AddToSubject(string? subject, string caseNumber)
    {
        var tag = Format(caseNumber);
        var text = subject?.Trim() ?? "";
        if (string.Equals(Find(text), caseNumber, StringComparison.Ordinal))
        {
            return text;
        }

        return text.Length == 0 ? tag : tag + " " + text;
    }

    /// <summary>The case number the subject names, upper-case, or null.</summary>
    public static string? Find(string? subject)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var match = Bracketed().Match(subject);
        if (!match.Success)
        {
            match = Bare().Match(subject);
        }

        return match.Success ? match.Groups["number"].Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^KT-[0-9]{4}-[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Exact();

    [GeneratedRegex(@"\[\s*(?<number>KT-[0-9]{4}-[0-9]{6})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // Not part of a longer word or number: "XKT-2026-000123" and "KT-2026-0001234" are not case numbers.
    [GeneratedRegex(@"(?<![\p{L}0-9-])(?<number>KT-[0-9]{4}-[0-9]{6})(?![\p{L}0-9-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bare();
}
