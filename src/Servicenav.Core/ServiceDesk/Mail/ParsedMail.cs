namespace Servicenav.ServiceDesk.Mail;

/// <summary>An inbound message read and made safe: text, sanitised HTML, the attachments that passed the limits and those that did not.</summary>
public sealed record ParsedMail : MailParseResult
{
    /// <summary>Without angle brackets; null when the message has none.</summary>
    public string? MessageId { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Null when the message has no From at all (a warning says so); an unknown sender is the caller's business.</summary>
    public MailContact? From { get; init; }

    /// <summary>Where replies should go when the sender asked for it.</summary>
    public IReadOnlyList<MailContact> ReplyTo { get; init; } = [];

    public IReadOnlyList<MailContact> To { get; init; } = [];

    public IReadOnlyList<MailContact> Cc { get; init; } = [];

    public string Subject { get; init; } = "";

    public DateTimeOffset? Date { get; init; }

    /// <summary>From the text/plain parts, or derived from the HTML when there are none; empty when the message has no text.</summary>
    public string TextBody { get; init; } = "";

    /// <summary>Sanitised; null when the message has no HTML or it was too large or deep to sanitise.</summary>
    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    public IReadOnlyList<RejectedAttachment> RejectedAttachments { get; init; } = [];

    /// <summary>The case number tagged in the subject (<see cref="CaseToken.Find"/>), e.g. "KT-2026-000123".</summary>
    public string? CaseNumber { get; init; }

    /// <summary>An auto-reply, bounce or list mail: answering it automatically risks a mail loop.</summary>
    public bool IsAutomatic { get; init; }

    public IReadOnlyList<MailWarning> Warnings { get; init; } = [];
}
