using MailKit.Security;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.ServiceDesk.Features.Notifications;

/// <summary>
/// <c>ServiceDesk:Mail:Outbound:*</c>: where mail to requesters goes. An SMTP server (<see cref="Host"/> …) or, for
/// development and the demo, a drop folder of .eml files (<see cref="DropFolder"/>). With neither, nothing is queued
/// and nothing is sent (the survey link is still written to the case history).
/// </summary>
public sealed record OutboundMailSettings
{
    public const string Section = "ServiceDesk:Mail:Outbound";

    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.StartTls;

    public string? User { get; init; }

    public string? Password { get; init; }

    public string FromAddress { get; init; } = "kundtjanst@servicenav.local";

    public string? FromName { get; init; } = "Kundtjänsten";

    /// <summary>Writes .eml files here instead of sending (wins over <see cref="Host"/>).</summary>
    public string? DropFolder { get; init; }

    /// <summary>The site's public address, put in front of links in mail (the survey): e.g. https://servicenav.region.se.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>How often the web host's sender looks for mail to send; 0 turns it off (the CLI's <c>servicedesk mail send</c> instead).</summary>
    public int PollSeconds { get; init; } = 15;

    /// <summary>A row claimed longer ago than this was interrupted (the sender stopped mid-send): it is failed, not sent again.</summary>
    public int LeaseMinutes { get; init; } = 10;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(DropFolder) || !string.IsNullOrWhiteSpace(Host);

    /// <summary>The domain of the Message-Ids the outbox gives its mail.</summary>
    public string MessageDomain => FromAddress.LastIndexOf('@') is var at and >= 0 && at < FromAddress.Length - 1 ? FromAddress[(at + 1)..] : "localhost";

    /// <summary>A relative drop folder is taken inside the host's data folder (so each demo database gets its own).</summary>
    public OutboundMailSettings InDataFolder(string dataFolder) =>
        DropFolder is { Length: > 0 } folder && !Path.IsPathRooted(folder) ? this with { DropFolder = Path.GetFullPath(Path.Combine(dataFolder, folder)) } : this;

    public string Link(string path) => string.IsNullOrWhiteSpace(PublicBaseUrl) ? path : PublicBaseUrl.TrimEnd('/') + path;

    public IMailSender CreateSender(TimeProvider clock)
    {
        if (!string.IsNullOrWhiteSpace(DropFolder))
        {
            return new MailDropFolderSender(new MailDropFolderSenderOptions { Folder = DropFolder, FromAddress = FromAddress, FromName = FromName }, clock);
        }

        if (!string.IsNullOrWhiteSpace(Host))
        {
            return new SmtpMailSender(new SmtpMailSenderOptions
            {
                Host = Host, Port = Port, Security = Security, User = string.IsNullOrWhiteSpace(User) ? null : User, Password = Password,
                FromAddress = FromAddress, FromName = FromName,
            }, clock);
        }

        return new NoMailSender();
    }

    // Settings end up in logs: the record's generated ToString would print the password.
    public override string ToString() => DropFolder is { Length: > 0 } ? $"drop folder {DropFolder}" : Host is { Length: > 0 } ? $"smtp://{Host}:{Port} from {FromAddress}" : "off";

    private sealed class NoMailSender : IMailSender
    {
        public Task<string> SendAsync(OutboundMail mail, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Outbound mail is not configured (ServiceDesk:Mail:Outbound:DropFolder or :Host).");
    }
}
