using MimeKit;
using MimeKit.Utils;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>Builds the MIME message both senders send: tagged subject, threading headers, text with optional HTML alternative.</summary>
internal static class OutboundMessageBuilder
{
    public static MimeMessage Build(OutboundMail mail, MailContact from, TimeProvider clock)
    {
        if (mail.To.Count == 0)
        {
            throw new ArgumentException("An outbound mail needs at least one recipient.", nameof(mail));
        }

        var message = new MimeMessage
        {
            Subject = mail.CaseNumber is null ? mail.Subject : CaseToken.AddToSubject(mail.Subject, mail.CaseNumber),
            Date = clock.GetUtcNow(),
            MessageId = Id(mail.MessageId) ?? MimeUtils.GenerateMessageId(Domain(from.Address)),
        };
        message.From.Add(Mailbox(from));
        message.To.AddRange(mail.To.Select(Mailbox));
        message.Cc.AddRange(mail.Cc.Select(Mailbox));
        AddThreading(message, mail);
        if (mail.IsAutomatic)
        {
            message.Headers.Add(HeaderId.AutoSubmitted, mail.InReplyTo is null ? "auto-generated" : "auto-replied");
        }

        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    // References is the parent's References followed by the parent's own id (RFC 5322 3.6.4).
    private static void AddThreading(MimeMessage message, OutboundMail mail)
    {
        var inReplyTo = Id(mail.InReplyTo);
        var references = mail.References.Select(Id).OfType<string>().ToList();
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
            if (!references.Contains(inReplyTo, StringComparer.Ordinal))
            {
                references.Add(inReplyTo);
            }
        }

        foreach (var reference in references)
        {
            message.References.Add(reference);
        }
    }

    private static MailboxAddress Mailbox(MailContact contact) => new(contact.Name ?? "", contact.Address);

    private static string? Id(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Trim('<', '>');

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
