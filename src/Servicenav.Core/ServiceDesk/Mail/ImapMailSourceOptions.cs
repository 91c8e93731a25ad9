using MailKit.Security;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>The mailbox to read. Messages not yet seen are new, so the folder should be the service desk's own, not a person's inbox.</summary>
public sealed record ImapMailSourceOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 993;

    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.SslOnConnect;

    public required string User { get; init; }

    public required string Password { get; init; }

    public string Folder { get; init; } = "INBOX";

    /// <summary>Where handled messages are moved; when null they stay, marked seen.</summary>
    public string? ProcessedFolder { get; init; }

    /// <summary>Where failed messages are moved; when null they stay, marked seen and flagged for a person to look at.</summary>
    public string? FailedFolder { get; init; }

    public int BatchSize { get; init; } = 50;

    /// <summary>Messages are fetched to one byte past this, so the parser can refuse them without downloading them whole.</summary>
    public long MaxMessageBytes { get; init; } = MailLimits.Default.MaxMessageBytes;

    // Options end up in logs: the record's generated ToString would print the password.
    public override string ToString() => $"imap://{User}@{Host}:{Port}/{Folder} ({Security})";
}
