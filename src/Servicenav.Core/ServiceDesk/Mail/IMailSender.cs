namespace Servicenav.ServiceDesk.Mail;

public interface IMailSender
{
    /// <summary>Sends the mail and returns its Message-Id (without angle brackets), to store for threading the answer.</summary>
    Task<string> SendAsync(OutboundMail mail, CancellationToken cancellationToken = default);
}
