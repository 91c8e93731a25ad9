using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>
/// Attaches a file to a case: staff working the case (optionally as internal, never shown to the requester's side),
/// or the requester's side (the requester, the customer's Beställare). A file of a refused type, with content that is
/// not what its name says, or over the size per file or per case is refused with a Swedish message naming the file
/// and the reason, and nothing is saved. The upload is a public (or internal) event in the case's history.
/// </summary>
public sealed record AddCaseAttachment(Guid CaseId, string FileName, string? ContentType, Stream Content, bool Internal = false)
    : IRequest<Result<CaseAttachmentDto>>
{
    /// <summary>The field a refusal is reported under (the form field of the upload).</summary>
    public const string Field = "file";
}

internal sealed class AddCaseAttachmentHandler(ServicenavDb db, CaseStore store, AttachmentIntake intake, TimeProvider clock)
    : IHandler<AddCaseAttachment, Result<CaseAttachmentDto>>
{
    private const string Field = AddCaseAttachment.Field;

    public async Task<Result<CaseAttachmentDto>> Handle(AddCaseAttachment request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CaseAttachmentDto>.Forbidden();
        }

        var (@case, viewer) = await store.LoadAsync(request.CaseId, cancellationToken);
        if (@case is null)
        {
            return Result<CaseAttachmentDto>.NotFound();
        }

        var staff = viewer.MayWork(@case);
        if (!staff && !viewer.IsRequesterSide(@case))
        {
            return Result<CaseAttachmentDto>.Forbidden();
        }

        if (request.Internal && !staff)
        {
            throw new ValidationFailedException(Field, AttachmentMessages.InternalOnlyForStaff);
        }

        if (string.IsNullOrWhiteSpace(request.FileName))
        {
            throw new ValidationFailedException(Field, AttachmentMessages.FileNameRequired);
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        actor = staff ? actor : actor with { IsStaff = false };
        var (attachment, refusal) = await intake.TakeAsync(@case, request.FileName, request.ContentType, request.Content, request.Internal, actor,
            clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (attachment is null)
        {
            throw new ValidationFailedException(Field, refusal!);
        }

        await store.SaveAsync(@case, isNew: false, cancellationToken);
        return AttachmentReads.ToDto(attachment);
    }
}
