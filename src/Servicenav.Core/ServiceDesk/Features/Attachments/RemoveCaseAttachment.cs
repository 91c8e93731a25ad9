using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>
/// Staff working the case take an attachment off it (sent by mistake, personal data that should not be there). The
/// row goes and the history records the removal; the bytes are left to the sweep, which removes them once no case
/// points at them (the same file may be on another case).
/// </summary>
public sealed record RemoveCaseAttachment(Guid CaseId, Guid AttachmentId) : IRequest<Result<Unit>>;

internal sealed class RemoveCaseAttachmentHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<RemoveCaseAttachment, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveCaseAttachment request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result.Forbidden();
        }

        var (@case, viewer) = await store.LoadAsync(request.CaseId, cancellationToken);
        if (@case is null)
        {
            return Result.NotFound();
        }

        var attachment = await db.CaseAttachments.FirstOrDefaultAsync(a => a.Id == request.AttachmentId && a.CaseId == @case.Id, cancellationToken);
        if (attachment is null || (attachment.IsInternal && !AttachmentReads.SeesInternal(viewer, @case)))
        {
            return Result.NotFound();
        }

        if (!viewer.MayWork(@case))
        {
            return Result.Forbidden();
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        @case.RecordAttachmentRemoved(attachment.Id, attachment.FileName, attachment.IsInternal, actor, clock.GetUtcNow().UtcDateTime);
        db.CaseAttachments.Remove(attachment);
        await store.SaveAsync(@case, isNew: false, cancellationToken);
        return Result.Ok();
    }
}
