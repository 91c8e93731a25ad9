using Servicenav.ServiceDesk.Mail;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Mail;

public sealed class MailDropFolderSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"servicenav-outbox-{Guid.NewGuid():N}");
    private readonly FakeClock _clock = new(new DateOnly(2026, 3, 10));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Send_WritesOneEmlFileThatReadsBackAsTheMail()
    {
        var sender = new MailDropFolderSender(new MailDropFolderSenderOptions { Folder = _folder, FromAddress = "kundtjanst@servicenav.example.se" }, _clock);

        var messageId = await sender.SendAsync(new OutboundMail
        {
            To = [new MailContact("orjan.nilsson@kommun.example.se", "Örjan Nilsson")],
            Subject = "Re: Skrivaren på plan 3",
            CaseNumber = "KT-2026-000123",
            TextBody = "Skönt att höra!",
            InReplyTo = "5f3c2a91-7d4e-4b8a-9c1e-2b7d8e6f1a23@kommun.example.se",
        });

        var file = Directory.GetFiles(_folder).ShouldHaveSingleItem();
        file.ShouldEndWith(".eml");
        var mail = Eml.Parsed(File.ReadAllBytes(file));
        mail.MessageId.ShouldBe(messageId);
        mail.Subject.ShouldBe("[KT-2026-000123] Re: Skrivaren på plan 3");
        mail.TextBody.ShouldBe("Skönt att höra!");
        mail.InReplyTo.ShouldBe("5f3c2a91-7d4e-4b8a-9c1e-2b7d8e6f1a23@kommun.example.se");
    }

    [Fact]
    public async Task SentFiles_AreReadByADropFolderSourceOnTheSameFolder()
    {
        var sender = new MailDropFolderSender(new MailDropFolderSenderOptions { Folder = _folder, FromAddress = "kundtjanst@servicenav.example.se" }, _clock);
        await sender.SendAsync(new OutboundMail { To = [new MailContact("anna@example.se")], Subject = "Ett", TextBody = "1" });
        await sender.SendAsync(new OutboundMail { To = [new MailContact("anna@example.se")], Subject = "Två", TextBody = "2" });
        _clock.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(1));

        var mails = await new MailDropFolderSource(new MailDropFolderOptions { Folder = _folder }, _clock).ListNewAsync();

        mails.Select(m => Eml.Parsed(m.Content.ToArray()).Subject).Order(StringComparer.Ordinal).ShouldBe(["Ett", "Två"]);
    }
}
