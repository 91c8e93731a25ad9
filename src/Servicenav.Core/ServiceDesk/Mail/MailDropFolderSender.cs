using System.Globalization;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// "Sends" by writing each mail as an .eml file, for development without an SMTP server (open them in any mail
/// program). The file is written as .eml.tmp and renamed, so a <see cref="MailDropFolderSource"/> on the same folder
/// never reads half of one.
/// </summary>
public sealed class MailDropFolderSender(MailDropFolderSenderOptions options, TimeProvider clock) : IMailSender
{
    public async Task<string> SendAsync(OutboundMail mail, CancellationToken cancellationToken = default)
    {
        using var message = OutboundMessageBuilder.Build(mail, new MailContact(options.FromAddress, options.FromName), clock);
        Directory.CreateDirectory(options.Folder);
        var name = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var path = Path.Combine(options.Folder, name + ".eml");
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(temporary, path);
        return message.MessageId ?? throw new InvalidOperationException("The builder always sets a Message-Id.");
    }
}
