using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Notifications;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Notifications;

/// <summary>
/// The outbox as staff see it: mail to requesters that failed for good (by default), or everything not yet sent, of
/// the cases the person may work, oldest first, so a requester who never got an answer is noticed.
/// </summary>
public sealed record ListOutboundMail(bool IncludePending = false) : IRequest<Result<IReadOnlyList<OutboundMailRow>>>;

public sealed record OutboundMailRow(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    NotificationKind Kind,
    string ToName,
    string ToAddress,
    string Subject,
    OutboxStatus Status,
    int Attempts,
    DateTime CreatedAtUtc,
    DateTime NextAttemptAtUtc,
    string? LastError);

internal sealed class ListOutboundMailHandler(ServicenavDb db) : IHandler<ListOutboundMail, Result<IReadOnlyList<OutboundMailRow>>>
{
    public const int MaxRows = 500;

    public async Task<Result<IReadOnlyList<OutboundMailRow>>> Handle(ListOutboundMail request, CancellationToken cancellationToken)
    {
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        if (!viewer.CanWork)
        {
            return Result<IReadOnlyList<OutboundMailRow>>.Forbidden();
        }

        var mails = db.OutboundNotifications.AsNoTracking();
        mails = request.IncludePending
            ? mails.Where(m => m.Status != OutboxStatus.Sent)
            : mails.Where(m => m.Status == OutboxStatus.Failed);
        var rows = await (from m in mails
                          join c in viewer.Apply(db.Cases) on m.CaseId equals c.Id
                          orderby m.CreatedAtUtc, m.Id
                          select new OutboundMailRow(m.Id, m.CaseId, m.CaseNumber, m.Kind, m.ToName, m.ToAddress, m.Subject, m.Status, m.Attempts,
                              m.CreatedAtUtc, m.NextAttemptAtUtc, m.LastError))
            .Take(MaxRows).ToListAsync(cancellationToken);
        return rows.Select(r => r with
        {
            CreatedAtUtc = DateTime.SpecifyKind(r.CreatedAtUtc, DateTimeKind.Utc),
            NextAttemptAtUtc = DateTime.SpecifyKind(r.NextAttemptAtUtc, DateTimeKind.Utc),
        }).ToList();
    }
}
