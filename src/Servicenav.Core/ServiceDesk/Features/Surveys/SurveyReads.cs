using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Surveys;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>
/// Finds a survey by its link. The link's token is the only authority here (the holder is not signed in), so the
/// lookup is by the token's hash alone and steps past the customer scope, which would hide every row from an
/// anonymous reader; nothing else is read that way.
/// </summary>
internal static class SurveyReads
{
    public static async Task<CaseSurvey?> ByTokenAsync(ServicenavDb db, string? token, bool tracking, CancellationToken cancellationToken)
    {
        if (!SurveyToken.TryHash(token, out var hash))
        {
            return null;
        }

        var surveys = db.CaseSurveys.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]);
        return await (tracking ? surveys : surveys.AsNoTracking()).FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
    }

    public static async Task<SurveyView> ViewAsync(ServicenavDb db, CaseSurvey survey, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var about = await db.Cases.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).AsNoTracking()
            .Where(c => c.Id == survey.CaseId)
            .Select(c => new { c.Number, c.Subject })
            .FirstAsync(cancellationToken);
        return new SurveyView(
            about.Number, about.Subject, survey.StateAt(nowUtc), Utc(survey.ExpiresAtUtc), survey.AnsweredAtUtc is { } at ? Utc(at) : null,
            survey.Solved, survey.Treatment, survey.Comment);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
