namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// What an inbound message may be. Over the message or header limits the message fails to parse; an attachment over
/// its limits or of a forbidden type is listed as rejected (so the sender can be told), never dropped silently.
/// Extensions are written with their dot (".exe"); both lists are compared ignoring case.
/// </summary>
public sealed record MailLimits
{
    public static MailLimits Default { get; } = new();

    /// <summary>The raw message as received; base64 makes attachments a third larger than their files.</summary>
    public long MaxMessageBytes { get; init; } = 35 * 1024 * 1024;

    public long MaxAttachmentBytes { get; init; } = 15 * 1024 * 1024;

    public int MaxAttachments { get; init; } = 20;

    /// <summary>Per header block (the message's and each part's).</summary>
    public int MaxHeaderBytes { get; init; } = 256 * 1024;

    /// <summary>Per header block; real mail has a few dozen, long relay chains a few hundred.</summary>
    public int MaxHeaderCount { get; init; } = 1000;

    /// <summary>MIME parts in all (bodies, attachments, containers, forwarded messages' parts); real mail has a handful.</summary>
    public int MaxParts { get; init; } = 500;

    /// <summary>Multipart nesting the MIME parser follows; deeper parts are read as opaque leaves.</summary>
    public int MaxMimeDepth { get; init; } = 20;

    /// <summary>Larger HTML bodies are not sanitised (the sanitiser's HTML parse grows costly with size): the text is kept, the HTML left out with a warning.</summary>
    public int MaxHtmlChars { get; init; } = 1024 * 1024;

    /// <summary>Deeper element nesting is left out the same way: the HTML parser's work grows with depth × size.</summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>When set, only these extensions are accepted (the blocked lists still apply).</summary>
    public IReadOnlySet<string>? AllowedExtensions { get; init; }

    public IReadOnlySet<string> BlockedExtensions { get; init; } = AttachmentTypes.BlockedExtensions;

    public IReadOnlySet<string> BlockedContentTypes { get; init; } = AttachmentTypes.BlockedContentTypes;
}
