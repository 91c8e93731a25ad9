using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Narrows cases by what a person types: a case number finds that case; other text is a Swedish full-text search
/// over the subject, description and requester's name (every word; see <see cref="SearchTerms"/>), applied to the query
/// the caller has already limited to the cases the person may see. On PostgreSQL the words are first searched as whole
/// words (each in its Swedish forms); a caller whose search found nothing asks again with <c>prefixes</c> (a word
/// still being typed, a compound), as an agent's ranked search does (<see cref="PostgresCaseRanking"/>).
/// </summary>
internal static class CaseSearch
{
    public static IQueryable<Case> Apply(ServicenavDb db, IQueryable<Case> cases, string? search, bool prefixes = false)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return cases;
        }

        var text = search.Trim();
        if (CaseNumber.TryParse(text, out var number))
        {
            var key = number.ToString();
            return cases.Where(c => c.Number == key);
        }

        return FullTextSearch.Cases(db, cases, SearchTerms.Parse(text, SearchMode.AllTerms), prefixes);
    }

    /// <summary>Would the search find more by prefix (PostgreSQL, words rather than a case number)?</summary>
    public static bool CanWidenToPrefixes(ServicenavDb db, string? search) =>
        !string.IsNullOrWhiteSpace(search) && db.Database.IsNpgsql() && !CaseNumber.TryParse(search.Trim(), out _)
        && !SearchTerms.Parse(search, SearchMode.AllTerms).IsEmpty;
}
