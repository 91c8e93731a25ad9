using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Attachments;

namespace Servicenav.ServiceDesk.Features.Attachments;

internal static class AttachmentReads
{
    /// <summary>Staff working the case (or seeing every case) see internal attachments; the requester's side does not.</summary>
    public static bool SeesInternal(CaseViewer viewer, Case c) => viewer.MayWork(c) || viewer.SeesAll;

    /// <summary>A case the reader may see, by id; null is "not found" whatever the reason.</summary>
    public static async Task<(Case? Case, CaseViewer Viewer)> VisibleCaseAsync(ServicenavDb db, Guid caseId, CancellationToken cancellationToken)
    {
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var found = await viewer.Apply(db.Cases.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return (found, viewer);
    }

    public static IQueryable<CaseAttachment> Visible(ServicenavDb db, Case c, CaseViewer viewer)
    {
        var attachments = db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == c.Id);
        return SeesInternal(viewer, c) ? attachments : attachments.Where(a => !a.IsInternal);
    }

    public static CaseAttachmentDto ToDto(CaseAttachment a) => new(
        a.Id, a.CaseId, a.FileName, a.ContentType, a.Size, FileSizeText.Of(a.Size), a.IsInternal, a.UploadedByName, a.UploadedByStaff,
        DateTime.SpecifyKind(a.UploadedAtUtc, DateTimeKind.Utc));
}
