using MailKit.Net.Smtp;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>Sends over SMTP with MailKit, one connection per mail (notifications are few; nothing to keep alive or recover).</summary>
public sealed class SmtpMailSender(SmtpMailSenderOptions options, TimeProvider clock) : IMailSender
{
    public async Task<string> SendAsync(OutboundMail mail, CancellationToken cancellationToken = default)
    {
        using var message = OutboundMessageBuilder.Build(mail, new MailContact(options.FromAddress, options.FromName), clock);
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken);
        if (options.User is not null)
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return message.MessageId ?? throw new InvalidOperationException("The builder always sets a Message-Id.");
    }
}
