namespace Servicenav.ServiceDesk.Mail;

public enum MailWarningCode
{
    MissingFrom,
    SeveralFromAddresses,
    UnknownCharset,
    InvalidBytesForCharset,
    NoBody,
    HtmlNotSanitised,
    TnefIgnored,
}

/// <summary>Something odd that did not stop the message from being read.</summary>
public sealed record MailWarning(MailWarningCode Code, string Detail);
