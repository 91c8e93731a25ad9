namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// A notification or reply to send. With a <see cref="CaseNumber"/> the subject gets its tag, so the answer finds the
/// case again; <see cref="InReplyTo"/> and <see cref="References"/> (the inbound mail's Message-Id and References) make
/// mail programs show it in the customer's thread.
/// </summary>
public sealed record OutboundMail
{
    public required IReadOnlyList<MailContact> To { get; init; }

    public IReadOnlyList<MailContact> Cc { get; init; } = [];

    public required string Subject { get; init; }

    public string? CaseNumber { get; init; }

    public required string TextBody { get; init; }

    public string? HtmlBody { get; init; }

    /// <summary>Without angle brackets; generated when null. Give one to know the id before sending.</summary>
    public string? MessageId { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Sent by the system, not typed by a person: marked Auto-Submitted so auto-responders do not answer it.</summary>
    public bool IsAutomatic { get; init; }
}
