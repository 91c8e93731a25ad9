namespace Servicenav.ServiceDesk.Mail;

public sealed record MailDropFolderSenderOptions
{
    public required string Folder { get; init; }

    public required string FromAddress { get; init; }

    public string? FromName { get; init; }
}
