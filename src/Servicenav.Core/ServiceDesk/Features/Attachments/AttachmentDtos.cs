namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>A file on a case as the reader may see it (the requester's side never sees internal ones).</summary>
public sealed record CaseAttachmentDto(
    Guid Id,
    Guid CaseId,
    string FileName,
    string ContentType,
    long Size,
    string SizeText,
    bool IsInternal,
    string UploadedByName,
    bool UploadedByStaff,
    DateTime UploadedAtUtc);

/// <summary>A case's attachments with what the reader may do and the limits to show beside the upload.</summary>
public sealed record CaseAttachmentList(
    IReadOnlyList<CaseAttachmentDto> Items,
    bool CanAdd,
    bool CanMarkInternal,
    bool CanRemove,
    long MaxFileBytes,
    long MaxCaseBytes,
    long UsedBytes,
    IReadOnlyList<string> AllowedExtensions);

/// <summary>One attachment's bytes to send; the caller disposes <see cref="Content"/>.</summary>
public sealed record AttachmentDownload(string FileName, string ContentType, long Size, Stream Content);
