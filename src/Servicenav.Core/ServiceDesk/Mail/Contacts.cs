using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

internal static class Contacts
{
    /// <summary>The mailboxes of an address list, groups flattened.</summary>
    public static IReadOnlyList<MailContact> Of(InternetAddressList list) => list.Mailboxes.Select(Of).ToList();

    public static MailContact Of(MailboxAddress mailbox) =>
        new(mailbox.Address, string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim());
}
