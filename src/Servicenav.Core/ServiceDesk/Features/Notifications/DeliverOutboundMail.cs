using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Notifications;
using Servicenav.ServiceDesk.Mail;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Notifications;

/// <summary>
/// Delivers the outbox: every due row is claimed (Pending → Sending, saved with its concurrency token, so of two
/// senders running at once only one takes it), sent with its own Message-Id, and marked sent; a failure puts it back
/// with a growing delay and the error, and after <see cref="OutboundNotification.MaxAttempts"/> attempts it fails
/// for good. A row still claimed after the lease was interrupted mid-send and is failed rather than sent twice.
/// Run by the web host every <c>ServiceDesk:Mail:Outbound:PollSeconds</c> and by <c>servicedesk mail send</c>.
/// </summary>
public sealed record DeliverOutboundMail(int BatchSize = 50) : IRequest<Result<OutboxRun>>;

public sealed record OutboxRun(bool Enabled, int Sent, int Retrying, int Failed, int Interrupted, int SkippedClaimedElsewhere);

internal sealed class DeliverOutboundMailHandler(ServicenavDb db, OutboundMailSettings settings, IMailSender mailer, TimeProvider clock)
    : IHandler<DeliverOutboundMail, Result<OutboxRun>>
{
    public async Task<Result<OutboxRun>> Handle(DeliverOutboundMail request, CancellationToken cancellationToken)
    {
        if (!db.User.IsSystem && !db.User.Has(Permission.NotificationsSend))
        {
            return Result<OutboxRun>.Forbidden();
        }

        if (!settings.IsEnabled)
        {
            return new OutboxRun(false, 0, 0, 0, 0, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var interrupted = await FailInterruptedAsync(now, cancellationToken);
        var due = await db.OutboundNotifications.AsNoTracking()
            .Where(n => n.Status == OutboxStatus.Pending && n.NextAttemptAtUtc <= now)
            .OrderBy(n => n.NextAttemptAtUtc).ThenBy(n => n.Id)
            .Select(n => n.Id).Take(Math.Clamp(request.BatchSize, 1, 500))
            .ToListAsync(cancellationToken);
        int sent = 0, retrying = 0, failed = 0, skipped = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var row = await db.OutboundNotifications.FirstOrDefaultAsync(n => n.Id == id && n.Status == OutboxStatus.Pending, cancellationToken);
            if (row is null || !await TryClaimAsync(row, now, cancellationToken))
            {
                skipped++;
                continue;
            }

            try
            {
                await mailer.SendAsync(new OutboundMail
                {
                    To = [new MailContact(row.ToAddress, row.ToName)], Subject = row.Subject, CaseNumber = row.CaseNumber, TextBody = row.TextBody,
                    MessageId = row.MessageId, IsAutomatic = row.Kind != NotificationKind.Reply,
                }, cancellationToken);
                row.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                row.MarkFailedAttempt(e.GetType().Name + ": " + e.Message, clock.GetUtcNow().UtcDateTime);
                if (row.Status == OutboxStatus.Failed)
                {
                    failed++;
                }
                else
                {
                    retrying++;
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        db.ChangeTracker.Clear();
        return new OutboxRun(true, sent, retrying, failed, interrupted, skipped);
    }

    private async Task<bool> TryClaimAsync(OutboundNotification row, DateTime now, CancellationToken cancellationToken)
    {
        row.Claim(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sender claimed (or finished) it between our read and our claim.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<int> FailInterruptedAsync(DateTime now, CancellationToken cancellationToken)
    {
        var before = now.AddMinutes(-Math.Max(1, settings.LeaseMinutes));
        var stale = await db.OutboundNotifications.Where(n => n.Status == OutboxStatus.Sending && n.ClaimedAtUtc < before).ToListAsync(cancellationToken);
        foreach (var row in stale)
        {
            row.MarkInterrupted(NotificationMessages.Interrupted);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sender got there first; it recorded the same outcome.
        }

        db.ChangeTracker.Clear();
        return stale.Count;
    }
}
