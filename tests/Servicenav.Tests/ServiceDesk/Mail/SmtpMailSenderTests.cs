using MailKit.Security;
using Servicenav.ServiceDesk.Mail;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Mail;

public class SmtpMailSenderTests
{
    private static readonly FakeClock Clock = new(new DateOnly(2026, 3, 10));

    private static OutboundMail Reply => new()
    {
        To = [new MailContact("birgitta.lofgren@vardcentral.example.se", "Birgitta Löfgren")],
        Subject = "Skrivaren på plan 3 fungerar inte",
        CaseNumber = "KT-2026-000123",
        TextBody = "Hej Birgitta,\n\nvi har startat om skrivarkön. Fungerar det nu?\n\nMed vänlig hälsning\nKundtjänst En väg in",
        HtmlBody = "<p>Hej Birgitta,</p><p>vi har startat om skrivarkön.</p>",
        InReplyTo = "<AM0PR07MB61233F1E0C6C2D4B8E9A1C7FD2A42@AM0PR07MB6123.eurprd07.prod.outlook.com>",
        References = ["20260309151210.1a2b3c4d@servicenav.example.se"],
    };

    private static SmtpMailSenderOptions Options(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SecureSocketOptions.None,
        FromAddress = "kundtjanst@servicenav.example.se",
        FromName = "Kundtjänst En väg in",
    };

    [Fact]
    public async Task Send_DeliversTheTaggedSubjectThreadingHeadersAndSwedishText()
    {
        await using var server = new FakeSmtpServer();

        var messageId = await new SmtpMailSender(Options(server.Port), Clock).SendAsync(Reply);

        var captured = await server.FirstMessage;
        captured.MailFrom.ShouldBe("kundtjanst@servicenav.example.se");
        captured.RcptTo.ShouldBe(["birgitta.lofgren@vardcentral.example.se"]);
        var mail = Eml.Parsed(captured.Data);
        mail.MessageId.ShouldBe(messageId);
        messageId.ShouldEndWith("@servicenav.example.se");
        mail.Subject.ShouldBe("[KT-2026-000123] Skrivaren på plan 3 fungerar inte");
        mail.CaseNumber.ShouldBe("KT-2026-000123");
        mail.InReplyTo.ShouldBe("AM0PR07MB61233F1E0C6C2D4B8E9A1C7FD2A42@AM0PR07MB6123.eurprd07.prod.outlook.com");
        mail.References.ShouldBe(["20260309151210.1a2b3c4d@servicenav.example.se", "AM0PR07MB61233F1E0C6C2D4B8E9A1C7FD2A42@AM0PR07MB6123.eurprd07.prod.outlook.com"]);
        mail.From.ShouldBe(new MailContact("kundtjanst@servicenav.example.se", "Kundtjänst En väg in"));
        mail.To.ShouldBe([new MailContact("birgitta.lofgren@vardcentral.example.se", "Birgitta Löfgren")]);
        mail.Date.ShouldBe(Clock.GetUtcNow());
        mail.TextBody.ShouldBe(Reply.TextBody);
        mail.HtmlBody.ShouldNotBeNull().ShouldContain("vi har startat om skrivarkön.");
        captured.User.ShouldBeNull();
    }

    [Fact]
    public async Task Send_SignsInWhenAUserIsConfigured()
    {
        await using var server = new FakeSmtpServer();

        await new SmtpMailSender(Options(server.Port) with { User = "servicenav", Password = "hemligt" }, Clock).SendAsync(Reply);

        var captured = await server.FirstMessage;
        captured.User.ShouldBe("servicenav");
        captured.Password.ShouldBe("hemligt");
    }

    [Fact]
    public void Options_DoNotPrintThePassword()
    {
        var options = Options(25) with { User = "servicenav", Password = "hemligt" };
        var imap = new ImapMailSourceOptions { Host = "imap.example.se", User = "servicenav", Password = "hemligt" };

        options.ToString().ShouldNotContain("hemligt");
        imap.ToString().ShouldNotContain("hemligt");
    }
}
