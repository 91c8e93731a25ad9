using MimeKit;
using Servicenav.ServiceDesk.Mail;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Mail;

public class OutboundMessageBuilderTests
{
    private static readonly MailContact From = new("kundtjanst@servicenav.example.se", "Kundtjänst En väg in");
    private static readonly FakeClock Clock = new(new DateOnly(2026, 3, 10));

    private static OutboundMail Mail => new()
    {
        To = [new MailContact("anna@example.se")],
        Subject = "Ditt ärende är registrerat",
        TextBody = "Hej!",
    };

    [Fact]
    public void AGivenMessageId_IsUsedWithoutBrackets()
    {
        using var message = OutboundMessageBuilder.Build(Mail with { MessageId = "<kt-2026-000123.1@servicenav.example.se>" }, From, Clock);

        message.MessageId.ShouldBe("kt-2026-000123.1@servicenav.example.se");
    }

    [Fact]
    public void AMailWithoutCaseNumber_KeepsItsSubject()
    {
        using var message = OutboundMessageBuilder.Build(Mail, From, Clock);

        message.Subject.ShouldBe("Ditt ärende är registrerat");
        message.InReplyTo.ShouldBeNull();
        message.References.ShouldBeEmpty();
    }

    [Fact]
    public void AnAutomaticReply_IsMarkedAutoReplied()
    {
        using var reply = OutboundMessageBuilder.Build(Mail with { IsAutomatic = true, InReplyTo = "a@example.se" }, From, Clock);
        using var notice = OutboundMessageBuilder.Build(Mail with { IsAutomatic = true }, From, Clock);
        using var personal = OutboundMessageBuilder.Build(Mail, From, Clock);

        reply.Headers[HeaderId.AutoSubmitted].ShouldBe("auto-replied");
        notice.Headers[HeaderId.AutoSubmitted].ShouldBe("auto-generated");
        personal.Headers.Contains(HeaderId.AutoSubmitted).ShouldBeFalse();
    }

    [Fact]
    public void ReferencesAlreadyEndingWithTheParent_AreNotRepeated()
    {
        using var message = OutboundMessageBuilder.Build(Mail with { InReplyTo = "b@example.se", References = ["a@example.se", "<b@example.se>"] }, From, Clock);

        message.References.ShouldBe(["a@example.se", "b@example.se"]);
    }

    [Fact]
    public void AMailWithoutRecipients_IsRefused() =>
        Should.Throw<ArgumentException>(() => OutboundMessageBuilder.Build(Mail with { To = [] }, From, Clock));
}
