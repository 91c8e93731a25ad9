namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// An accepted attachment. Inline parts (images an HTML body shows through <c>cid:</c> links) are attachments too,
/// with <see cref="IsInline"/> set and the <see cref="ContentId"/> their links name.
/// </summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, string? ContentId, bool IsInline)
{
    public long Size => Content.LongLength;
}
