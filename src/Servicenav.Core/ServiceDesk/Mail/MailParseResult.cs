namespace Servicenav.ServiceDesk.Mail;

/// <summary>What <see cref="InboundMailParser"/> gives back: a <see cref="ParsedMail"/> or a <see cref="MailParseFailure"/>.</summary>
public abstract record MailParseResult
{
    private protected MailParseResult()
    {
    }
}
