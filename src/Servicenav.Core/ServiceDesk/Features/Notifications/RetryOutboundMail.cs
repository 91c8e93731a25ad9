using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Notifications;

/// <summary>
/// Staff who may work the case send a failed mail to its requester again (the sender takes it on its next round).
/// A mail of a case the person may not work is "not found".
/// </summary>
public sealed record RetryOutboundMail(Guid MailId) : IRequest<Result<Unit>>;

internal sealed class RetryOutboundMailHandler(ServicenavDb db, TimeProvider clock) : IHandler<RetryOutboundMail, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RetryOutboundMail request, CancellationToken cancellationToken)
    {
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        if (!viewer.CanWork)
        {
            return Result.Forbidden();
        }

        var mail = await db.OutboundNotifications.FirstOrDefaultAsync(m => m.Id == request.MailId, cancellationToken);
        var @case = mail is null ? null : await viewer.Apply(db.Cases).AsNoTracking().FirstOrDefaultAsync(c => c.Id == mail.CaseId, cancellationToken);
        if (mail is null || @case is null || !viewer.MayWork(@case))
        {
            return Result.NotFound();
        }

        mail.Retry(clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new Domain.Notifications.OnlyFailedMailIsSentAgainRule()); // someone sent it again just now
        }

        return Result.Ok();
    }
}
