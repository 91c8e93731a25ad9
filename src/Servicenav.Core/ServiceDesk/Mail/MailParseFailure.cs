namespace Servicenav.ServiceDesk.Mail;

public enum MailFailureReason
{
    Empty,
    TooLarge,
    HeaderTooLarge,
    TooManyHeaders,
    TooManyParts,
    Malformed,
}

/// <summary>A message that could not be read; <see cref="Detail"/> is for the log, <see cref="Reason"/> for the code.</summary>
public sealed record MailParseFailure(MailFailureReason Reason, string Detail) : MailParseResult;
