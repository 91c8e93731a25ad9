using Servicenav.Data;
using Servicenav.ServiceDesk.Features.Surveys;

namespace Servicenav.ServiceDesk.Features.Notifications;

/// <summary>
/// The survey's e-mail: keeps the staff-only history entry of the default notifier and, when outbound mail is on,
/// queues the "solved" mail with the link in the outbox of the unit of work that solves the case.
/// </summary>
internal sealed class MailSurveyNotifier(ServicenavDb db, TimeProvider clock, CaseNotifications notifications) : ISurveyNotifier
{
    public async Task SendAsync(SurveyInvitation invitation, CancellationToken cancellationToken)
    {
        await new CaseHistorySurveyNotifier(db, clock).SendAsync(invitation, cancellationToken);
        var @case = await db.Cases.FindAsync([invitation.CaseId], cancellationToken)
            ?? throw new InvalidOperationException($"Case {invitation.CaseId} is not in this unit of work.");
        notifications.QueueSurvey(@case, invitation);
    }
}
