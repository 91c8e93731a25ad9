using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Attachments;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>
/// One attachment's bytes, through the same view as every case read: an attachment on a case the reader may not
/// see, an internal one asked for by the requester's side, or an id guessed onto another case is not found.
/// </summary>
public sealed record GetCaseAttachment(Guid CaseId, Guid AttachmentId) : IRequest<Result<AttachmentDownload>>;

internal sealed class GetCaseAttachmentHandler(ServicenavDb db, IAttachmentStore files) : IHandler<GetCaseAttachment, Result<AttachmentDownload>>
{
    public async Task<Result<AttachmentDownload>> Handle(GetCaseAttachment request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<AttachmentDownload>.Forbidden();
        }

        var (found, viewer) = await AttachmentReads.VisibleCaseAsync(db, request.CaseId, cancellationToken);
        if (found is null)
        {
            return Result<AttachmentDownload>.NotFound();
        }

        var attachment = await AttachmentReads.Visible(db, found, viewer).FirstOrDefaultAsync(a => a.Id == request.AttachmentId, cancellationToken);
        var content = attachment is null ? null : await files.OpenAsync(attachment.Sha256, cancellationToken);
        return content is null
            ? Result<AttachmentDownload>.NotFound()
            : new AttachmentDownload(attachment!.FileName, attachment.ContentType, attachment.Size, content);
    }
}
