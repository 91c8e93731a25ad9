using MailKit.Security;

namespace Servicenav.ServiceDesk.Mail;

public sealed record SmtpMailSenderOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 587;

    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.StartTls;

    /// <summary>When null the server is used without signing in (a relay that trusts the host).</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    public required string FromAddress { get; init; }

    public string? FromName { get; init; }

    // Options end up in logs: the record's generated ToString would print the password.
    public override string ToString() => $"smtp://{(User is null ? "" : User + "@")}{Host}:{Port} ({Security}) from {FromAddress}";
}
