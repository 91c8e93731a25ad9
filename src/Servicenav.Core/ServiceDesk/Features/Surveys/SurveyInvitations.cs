using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Surveys;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>Sends the end-user survey of a case the first time it is solved (the solving use case calls this).</summary>
internal interface ISurveyInvitations
{
    /// <summary>
    /// Adds the case's survey to the unit of work that solves it and hands the link to the notifier, so the survey is
    /// saved with the solving or not at all. A case solved again after reopening keeps its first survey.
    /// </summary>
    Task InviteAsync(Case solved, CancellationToken cancellationToken);
}

internal sealed class SurveyInvitations(ServicenavDb db, ISurveyNotifier notifier, TimeProvider clock) : ISurveyInvitations
{
    public async Task InviteAsync(Case solved, CancellationToken cancellationToken)
    {
        if (await db.CaseSurveys.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).AnyAsync(s => s.CaseId == solved.Id, cancellationToken))
        {
            return;
        }

        var (survey, token) = CaseSurvey.Invite(solved, clock.GetUtcNow().UtcDateTime);
        db.CaseSurveys.Add(survey);
        await notifier.SendAsync(
            new SurveyInvitation(solved.Id, solved.Number, solved.Subject, solved.RequesterName, survey.RecipientEmail, SurveyLinks.PathFor(token),
                survey.ExpiresAtUtc),
            cancellationToken);
    }
}

public static class SurveyLinks
{
    public const string Prefix = "/enkat/";

    public static string PathFor(string token) => Prefix + token;
}
