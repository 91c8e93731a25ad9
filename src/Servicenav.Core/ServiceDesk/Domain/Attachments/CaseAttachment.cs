using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Attachments;

/// <summary>
/// A file on a case. Only what is known about it lives in the row; the bytes are in the attachment store under
/// their SHA-256 (<see cref="Sha256"/> is the store key, so a file sent twice is kept once). An internal attachment,
/// like an internal note, is never shown to or downloadable by the requester's side. Carries the case's customer so
/// the customer scope applies to the attachments themselves.
/// </summary>
public sealed class CaseAttachment : ICustomerOwned
{
    public const int FileNameLength = 200;

    private CaseAttachment()
    {
    }

    private CaseAttachment(Case @case, string fileName, string contentType, long size, string sha256, bool isInternal, CaseActor actor, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        CaseId = @case.Id;
        CustomerId = @case.CustomerId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        IsInternal = isInternal;
        UploadedByName = actor.Name;
        UploadedByUserId = actor.UserId;
        UploadedByStaff = actor.IsStaff;
        UploadedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The name as given, made safe to show and to offer for download (no folders, no control characters, bounded).</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The type the file is served as, from its checked extension (not the sender's claim).</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>Lower-case hex; also the key of the bytes in the attachment store.</summary>
    public string Sha256 { get; private set; } = "";

    public bool IsInternal { get; private set; }

    public string UploadedByName { get; private set; } = "";

    public Guid? UploadedByUserId { get; private set; }

    public bool UploadedByStaff { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>Attaches a stored file to the case and records it in the case's history.</summary>
    public static CaseAttachment Attach(Case @case, string fileName, string contentType, long size, string sha256, bool isInternal,
        CaseActor actor, DateTime nowUtc)
    {
        var attachment = new CaseAttachment(@case, fileName, contentType, size, sha256, isInternal, actor, nowUtc);
        @case.RecordAttachment(attachment.Id, fileName, isInternal, actor, nowUtc);
        return attachment;
    }
}
