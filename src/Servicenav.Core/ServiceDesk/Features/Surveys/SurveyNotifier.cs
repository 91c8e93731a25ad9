using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>What the requester gets: the case they contacted us about and the link to answer (<c>/enkat/{token}</c>).</summary>
/// <param name="LinkPath">The path of the link; a notifier that sends mail puts the site's public address in front.</param>
public sealed record SurveyInvitation(
    Guid CaseId,
    string CaseNumber,
    string Subject,
    string RequesterName,
    string? RecipientEmail,
    string LinkPath,
    DateTime ExpiresAtUtc);

/// <summary>
/// Delivers a survey invitation to the requester. The seam for e-mail: the SMTP sender (ServiceDesk/Mail) registers
/// its own implementation after <see cref="SurveyModule.AddServiceDeskSurveys"/> and replaces the default, which only
/// notes the link in the case history.
/// <para>
/// Called inside the unit of work that solves the case, before it is saved: an implementation that mails should
/// queue the message in that unit of work (an outbox) rather than send it, so a solving that fails to save mails
/// nobody, and it must not throw for a requester without an address (<see cref="SurveyInvitation.RecipientEmail"/> null).
/// </para>
/// </summary>
public interface ISurveyNotifier
{
    Task SendAsync(SurveyInvitation invitation, CancellationToken cancellationToken);
}

/// <summary>
/// The default until e-mail is in place: the link is written to the case history as a staff-only system event, where
/// the agent can give it to the requester. (This is the one place the plain token is kept; with a mail notifier it
/// exists only in the sent message.)
/// </summary>
internal sealed class CaseHistorySurveyNotifier(ServicenavDb db, TimeProvider clock) : ISurveyNotifier
{
    public async Task SendAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        // The case being solved is tracked by this unit of work; Find returns that instance.
        var @case = await db.Cases.FindAsync([invitation.CaseId], cancellationToken)
            ?? throw new InvalidOperationException($"Case {invitation.CaseId} is not in this unit of work.");
        var text = string.Format(
            SwedishCulture.Culture, SurveyMessages.HistorySent, invitation.RecipientEmail ?? SurveyMessages.HistoryNoEmail, invitation.LinkPath,
            SwedishCulture.DateTimeText(invitation.ExpiresAtUtc));
        @case.RecordSurveyInvitation(text, invitation.LinkPath, clock.GetUtcNow().UtcDateTime);
        db.CaseEvents.Add(@case.NewEvents[^1]);
    }
}
