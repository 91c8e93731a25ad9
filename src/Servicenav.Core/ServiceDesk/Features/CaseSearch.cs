using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Narrows cases by what a person types: a case number finds that case; other text is a Swedish full-text search
/// over the subject, description and requester's name (every word, each as a prefix; see <see cref="SearchTerms"/>),
/// applied to the query the caller has already limited to the cases the person may see.
/// </summary>
internal static class CaseSearch
{
    public static IQueryable<Case> Apply(ServicenavDb db, IQueryable<Case> cases, string? search)
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

        return FullTextSearch.Cases(db, cases, SearchTerms.Parse(text, SearchMode.AllTerms));
    }
}
