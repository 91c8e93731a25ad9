namespace Servicenav.ServiceDesk.Mail;

/// <summary>A mailbox: its address and, when given, the display name.</summary>
public sealed record MailContact(string Address, string? Name = null);
