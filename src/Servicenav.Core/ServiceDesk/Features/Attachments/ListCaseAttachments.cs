using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>A case's attachments, oldest first, as the reader may see them, with the limits and what the reader may do.</summary>
public sealed record ListCaseAttachments(Guid CaseId) : IRequest<Result<CaseAttachmentList>>;

internal sealed class ListCaseAttachmentsHandler(ServicenavDb db, AttachmentSettings settings) : IHandler<ListCaseAttachments, Result<CaseAttachmentList>>
{
    public async Task<Result<CaseAttachmentList>> Handle(ListCaseAttachments request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CaseAttachmentList>.Forbidden();
        }

        var (found, viewer) = await AttachmentReads.VisibleCaseAsync(db, request.CaseId, cancellationToken);
        if (found is null)
        {
            return Result<CaseAttachmentList>.NotFound();
        }

        var rows = await AttachmentReads.Visible(db, found, viewer).OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var used = (await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == found.Id).Select(a => a.Size).ToListAsync(cancellationToken)).Sum();
        var work = viewer.MayWork(found);
        var open = found.Status != CaseStatus.Closed;
        return new CaseAttachmentList(
            rows.Select(AttachmentReads.ToDto).ToList(), open && (work || viewer.IsRequesterSide(found)), open && work, work,
            settings.MaxFileBytes, settings.MaxCaseBytes, used, settings.AllowedExtensions.Select(e => e.ToLowerInvariant()).ToList());
    }
}
