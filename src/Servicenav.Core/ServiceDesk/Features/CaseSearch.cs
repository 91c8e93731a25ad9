using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Narrows cases by what a person types: a case number finds that case; other text matches the subject or the
/// requester's name. (Swedish full-text search over cases and articles replaces the text part.)
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

        var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return db.Database.IsNpgsql()
            ? cases.Where(c => EF.Functions.ILike(c.Subject, pattern, "\\") || EF.Functions.ILike(c.RequesterName, pattern, "\\"))
            : cases.Where(c => EF.Functions.Like(c.Subject, pattern, "\\") || EF.Functions.Like(c.RequesterName, pattern, "\\"));
    }
}
