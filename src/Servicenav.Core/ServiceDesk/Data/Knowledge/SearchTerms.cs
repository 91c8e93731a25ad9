using System.Text;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>How the terms of a search combine: a search wants every term, a suggestion any (the typed text is a sentence).</summary>
internal enum SearchMode
{
    AllTerms,
    AnyTerm,
}

/// <summary>
/// What a person typed, as the words both databases search for: split on everything that is not a letter or
/// digit, lower-cased, Swedish stop words (PostgreSQL's <c>swedish</c> list) and one-letter words left out (in a
/// suggestion also one- and two-digit numbers). Each word is a prefix, so a word still being typed already finds
/// ("skriv" finds "skrivaren"). PostgreSQL stems the words itself (<c>to_tsquery('swedish', 'skrivare:*')</c> is
/// <c>'skriv':*</c>); SQLite's FTS5 has no Swedish stemmer, so for it a word loses one common Swedish ending before
/// it becomes a prefix ("skrivaren" → "skrivar*", which finds "skrivare" and "skrivarna" too), and PostgreSQL gets
/// the shortened word as an alternative as well. Only letters and digits reach either query language, so no input
/// can change a query's meaning.
/// </summary>
internal sealed class SearchTerms
{
    public const int MaxTerms = 12;

    // PostgreSQL 15's tsearch_data/swedish.stop, so both databases ignore the same words.
    private static readonly HashSet<string> StopWords = new(
        """
        och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har inte hans
        honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under
        någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma
        vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    // Longest first; a word keeps at least MinStem letters.
    private static readonly string[] Endings = ["arnas", "ernas", "arna", "erna", "ande", "ende", "are", "ar", "er", "en", "et", "na", "a", "e", "n"];
    private const int MinStem = 4;

    private SearchTerms(IReadOnlyList<string> words, SearchMode mode)
    {
        Words = words;
        Mode = mode;
    }

    public IReadOnlyList<string> Words { get; }

    public SearchMode Mode { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? text, SearchMode mode)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "") + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, SwedishCulture.Culture));
                continue;
            }

            if (word.Length > 1 && !StopWords.Contains(word.ToString()) && !words.Contains(word.ToString(), StringComparer.Ordinal)
                && !(mode == SearchMode.AnyTerm && IsShortNumber(word)))
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }

        return new SearchTerms(words.Take(MaxTerms).ToList(), mode);
    }

    /// <summary>
    /// A PostgreSQL <c>to_tsquery</c> text: <c>(lösenordet:* | lösenord:*) &amp; byt:*</c> (or <c>|</c> for any term). A
    /// word is also tried without its ending, as on SQLite: the Snowball stemmer leaves some forms ("lösenordet",
    /// "skrivarkön") alone, and both databases should find the same.
    /// </summary>
    public string ToTsQuery() => string.Join(Mode == SearchMode.AllTerms ? " & " : " | ", Words.Select(w =>
        Trim(w) is var stem && stem != w ? $"({w}:* | {stem}:*)" : w + ":*"));

    /// <summary>
    /// The words as whole words, no prefixes: <c>lösenordet &amp; byt</c>. PostgreSQL answers it from the text index's
    /// own entries (a few ms), where a prefix makes it gather every word that starts so — in Swedish, with its
    /// compounds, often tens of thousands of cases per word (measured 55–140 ms at a million cases).
    /// </summary>
    public string ToWholeWordTsQuery() => string.Join(Mode == SearchMode.AllTerms ? " & " : " | ", Words);

    /// <summary>In a suggestion any word counts, so "avdelning 12" must not bring every text with a 12 in it.</summary>
    private static bool IsShortNumber(StringBuilder word) => word.Length < 3 && word.ToString().All(char.IsAsciiDigit);

    /// <summary>An FTS5 MATCH expression: <c>"skrivar"* AND "papper"*</c> (or <c>OR</c>).</summary>
    public string ToFts5() => string.Join(Mode == SearchMode.AllTerms ? " AND " : " OR ", Words.Select(w => "\"" + Trim(w) + "\"*"));

    /// <summary>Cuts one common Swedish ending (plural, definite form, -are, -ande) so the prefix also finds the word's other forms.</summary>
    internal static string Trim(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
