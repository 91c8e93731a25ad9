namespace Servicenav.ServiceDesk.Mail;

public enum AttachmentRejection
{
    TooLarge,
    TooMany,
    BlockedExtension,
    BlockedContentType,
    ExecutableContent,
    ExtensionNotAllowed,
}

/// <summary>An attachment left out of the case, kept by name so the sender can be told why.</summary>
public sealed record RejectedAttachment(string FileName, string ContentType, long Size, AttachmentRejection Reason);
