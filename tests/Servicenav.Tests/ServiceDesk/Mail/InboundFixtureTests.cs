using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>Realistic mail from the programs customers use, as they send it (Data/mail).</summary>
public class InboundFixtureTests
{
    private const string Outlook = "outlook-alternative-inline-image.eml";
    private const string Thunderbird = "thunderbird-reply.eml";

    [Fact]
    public void OutlookMessage_GivesHeadersAndCaseNumber()
    {
        var mail = Eml.Parsed(Eml.Fixture(Outlook));

        mail.MessageId.ShouldBe("AM0PR07MB61233F1E0C6C2D4B8E9A1C7FD2A42@AM0PR07MB6123.eurprd07.prod.outlook.com");
        mail.InReplyTo.ShouldBe("20260309151210.1a2b3c4d@servicenav.example.se");
        mail.References.ShouldBe(["20260309151210.1a2b3c4d@servicenav.example.se"]);
        mail.From.ShouldBe(new MailContact("birgitta.lofgren@vardcentral.example.se", "Birgitta Löfgren"));
        mail.To.ShouldBe([new MailContact("kundtjanst@servicenav.example.se", "Kundtjänst En väg in")]);
        mail.Cc.ShouldBe([new MailContact("sara.ahmed@vardcentral.example.se", "Ahmed, Sara")]);
        mail.Subject.ShouldBe("SV: [KT-2026-000123] Skrivaren på plan 3 fungerar inte");
        mail.CaseNumber.ShouldBe("KT-2026-000123");
        mail.Date.ShouldBe(new DateTimeOffset(2026, 3, 10, 9, 14, 21, TimeSpan.Zero));
        mail.IsAutomatic.ShouldBeFalse();
        mail.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void OutlookMessage_GivesThePlainTextAndASanitisedHtmlBody()
    {
        var mail = Eml.Parsed(Eml.Fixture(Outlook));

        mail.TextBody.ShouldStartWith("Hej!\n\nSkrivaren på plan 3 (HP LaserJet, rum 3.14) skriver fortfarande inte ut.");
        mail.TextBody.ShouldContain("Vårdcentral Åkersberga");
        var html = mail.HtmlBody.ShouldNotBeNull();
        html.ShouldContain("Birgitta Löfgren");
        html.ShouldContain("src=\"cid:image001.png@01DA7A2B.3C4D5E60\"");
        html.ShouldContain("href=\"mailto:kundtjanst@servicenav.example.se\"");
        html.ShouldNotContain("<style", Case.Insensitive);
        html.ShouldNotContain("<head", Case.Insensitive);
    }

    [Fact]
    public void OutlookMessage_GivesTheInlineImageAndThePdf()
    {
        var mail = Eml.Parsed(Eml.Fixture(Outlook));

        mail.Attachments.Count.ShouldBe(2);
        var image = mail.Attachments[0];
        image.FileName.ShouldBe("image001.png");
        image.ContentType.ShouldBe("image/png");
        image.IsInline.ShouldBeTrue();
        image.ContentId.ShouldBe("image001.png@01DA7A2B.3C4D5E60");
        image.Content.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 });
        var pdf = mail.Attachments[1];
        pdf.FileName.ShouldBe("Felrapport skrivare våning 3.pdf");
        pdf.IsInline.ShouldBeFalse();
        pdf.Content.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
        mail.RejectedAttachments.ShouldBeEmpty();
    }

    [Fact]
    public void ThunderbirdReply_GivesThreadingHeadersAndTheCaseNumber()
    {
        var mail = Eml.Parsed(Eml.Fixture(Thunderbird));

        mail.MessageId.ShouldBe("5f3c2a91-7d4e-4b8a-9c1e-2b7d8e6f1a23@kommun.example.se");
        mail.InReplyTo.ShouldBe("20260310101500.4d5e6f70@servicenav.example.se");
        mail.References.ShouldBe(["20260309151210.1a2b3c4d@servicenav.example.se", "20260310101500.4d5e6f70@servicenav.example.se"]);
        mail.From.ShouldBe(new MailContact("orjan.nilsson@kommun.example.se", "Örjan Nilsson"));
        mail.Subject.ShouldBe("Re: [KT-2026-000123] Skrivaren på plan 3");
        mail.CaseNumber.ShouldBe("KT-2026-000123");
        mail.HtmlBody.ShouldBeNull();
        mail.Attachments.ShouldBeEmpty();
    }

    [Fact]
    public void ThunderbirdReply_JoinsFlowedLinesAndKeepsTheQuote()
    {
        var mail = Eml.Parsed(Eml.Fixture(Thunderbird));

        mail.TextBody.ShouldStartWith("Tack, nu fungerar det igen! Jag skrev ut en testsida och allt ser bra ut. Skönt att slippa gå till plan 4.\n\nHälsningar\nÖrjan");
        mail.TextBody.ShouldContain("> vi har startat om skrivarkön. Fungerar det nu?");
    }

    [Fact]
    public void ParsingAStream_GivesTheSameAsParsingBytes()
    {
        var bytes = Eml.Fixture(Outlook);
        using var stream = new MemoryStream(bytes);

        var fromStream = InboundMailParser.Parse(stream, MailLimits.Default).ShouldBeOfType<ParsedMail>();
        var fromBytes = Eml.Parsed(bytes);

        fromStream.TextBody.ShouldBe(fromBytes.TextBody);
        fromStream.HtmlBody.ShouldBe(fromBytes.HtmlBody);
        fromStream.Attachments.Select(a => a.Content).ShouldBe(fromBytes.Attachments.Select(a => a.Content));
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied")]
    [InlineData("X-Autoreply: yes")]
    [InlineData("Precedence: bulk")]
    [InlineData("List-Id: <nyheter.example.se>")]
    [InlineData("Return-Path: <>")]
    public void AutoRepliesBouncesAndListMail_AreMarkedAutomatic(string header)
    {
        var mail = Eml.Parsed(Eml.Ascii($"From: anna@example.se\r\n{header}\r\nSubject: Frånvaro\r\n\r\nJag är ledig.\r\n"));

        mail.IsAutomatic.ShouldBeTrue();
    }

    [Fact]
    public void AutoSubmittedNo_IsNotAutomatic() =>
        Eml.Parsed(Eml.Ascii("From: anna@example.se\r\nAuto-Submitted: no\r\n\r\nHej\r\n")).IsAutomatic.ShouldBeFalse();

    [Fact]
    public void AMessageWithOnlyAnImage_HasNoBodyAWarningAndTheImage()
    {
        var mail = Eml.Parsed(Eml.Ascii("From: anna@example.se\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"));

        mail.TextBody.ShouldBe("");
        mail.HtmlBody.ShouldBeNull();
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.NoBody);
        mail.Attachments.ShouldHaveSingleItem().ContentType.ShouldBe("image/png");
    }
}
