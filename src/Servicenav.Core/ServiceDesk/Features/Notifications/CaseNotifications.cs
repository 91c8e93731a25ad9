using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Notifications;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Notifications;

/// <summary>
/// Turns what just happened to a case into mail for its requester, written to the outbox in the same unit of work as
/// the change (<see cref="CaseStore.SaveAsync"/> calls <see cref="Collect"/> before it saves): the receipt when the
/// case is registered, an agent's public reply, and the solving (with the survey's link the first time, through
/// <see cref="MailSurveyNotifier"/>). Internal notes and everything else staff-only never become mail. A requester
/// without an address gets nothing.
/// </summary>
internal sealed class CaseNotifications(ServicenavDb db, OutboundMailSettings settings, TimeProvider clock)
{
    private readonly HashSet<Guid> _solvedMailQueued = [];

    public void Collect(Case @case)
    {
        if (!settings.IsEnabled || string.IsNullOrWhiteSpace(@case.RequesterEmail))
        {
            return;
        }

        foreach (var e in @case.NewEvents)
        {
            switch (e.Kind)
            {
                case CaseEventKind.Created:
                    Queue(@case, NotificationKind.Receipt, Fmt(NotificationMessages.Receipt_Subject, @case.Subject),
                        Fmt(NotificationMessages.Receipt_Body, @case.Number, @case.Subject));
                    break;
                case CaseEventKind.PublicReply when e.IsPublic && e.ActorIsStaff:
                    Queue(@case, NotificationKind.Reply, Fmt(NotificationMessages.Reply_Subject, @case.Subject), e.Text ?? "");
                    break;
                case CaseEventKind.Solved when !_solvedMailQueued.Contains(@case.Id):
                    Queue(@case, NotificationKind.Solved, Fmt(NotificationMessages.Solved_Subject, @case.Subject), SolvedText(@case));
                    _solvedMailQueued.Add(@case.Id);
                    break;
            }
        }
    }

    /// <summary>The first solving's mail, carrying the survey's link; the solving itself then sends no second mail.</summary>
    public void QueueSurvey(Case @case, SurveyInvitation invitation)
    {
        if (!settings.IsEnabled || string.IsNullOrWhiteSpace(@case.RequesterEmail) || !_solvedMailQueued.Add(@case.Id))
        {
            return;
        }

        var survey = Fmt(NotificationMessages.Solved_Survey, settings.Link(invitation.LinkPath)) + "\n"
            + Fmt(NotificationMessages.Solved_SurveyExpires, SwedishCulture.DateTimeText(invitation.ExpiresAtUtc));
        Queue(@case, NotificationKind.Solved, Fmt(NotificationMessages.Solved_Subject, @case.Subject), SolvedText(@case) + "\n\n" + survey);
    }

    private static string SolvedText(Case @case) => string.Join("\n\n", new[]
    {
        Fmt(NotificationMessages.Solved_Body, @case.Number),
        @case.Solution is { Length: > 0 } solution ? Fmt(NotificationMessages.Solved_Solution, solution) : null,
        NotificationMessages.Solved_Reopen,
    }.OfType<string>());

    private void Queue(Case @case, NotificationKind kind, string subject, string text)
    {
        var body = string.Join("\n\n", Fmt(NotificationMessages.Greeting, @case.RequesterName), text.Trim(), NotificationMessages.Footer_Reply,
            NotificationMessages.Footer_Regards + "\n" + NotificationMessages.Footer_Sender);
        db.OutboundNotifications.Add(new OutboundNotification(@case, kind, subject, body, settings.MessageDomain, clock.GetUtcNow().UtcDateTime));
    }

    private static string Fmt(string format, params object[] values) => string.Format(SwedishCulture.Culture, format, values);
}
