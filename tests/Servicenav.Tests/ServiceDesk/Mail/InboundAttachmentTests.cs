using System.Text;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>Attachments over the limits or of a forbidden type are listed as rejected with their reason, never dropped silently.</summary>
public class InboundAttachmentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    [Fact]
    public void AnExeAttachment_IsRejectedWithItsReason()
    {
        var mail = Eml.Parsed(Eml.WithAttachment("uppdatering.exe", "application/octet-stream", [1, 2, 3]));

        mail.Attachments.ShouldBeEmpty();
        mail.RejectedAttachments.ShouldBe([new RejectedAttachment("uppdatering.exe", "application/octet-stream", 3, AttachmentRejection.BlockedExtension)]);
        mail.TextBody.ShouldBe("Se bifogad fil.");
    }

    [Theory]
    [InlineData("faktura.pdf.exe")]
    [InlineData("FAKTURA.EXE")]
    [InlineData("faktura.exe.")]
    [InlineData("faktura.exe .")]
    [InlineData("script.vbs")]
    [InlineData("run.ps1")]
    [InlineData("setup.msi")]
    [InlineData("payload.js")]
    [InlineData("C:\\temp\\evil.bat")]
    public void ExecutableNames_AreRejected(string fileName)
    {
        var mail = Eml.Parsed(Eml.WithAttachment(fileName, "application/octet-stream", [1, 2, 3]));

        mail.RejectedAttachments.ShouldHaveSingleItem().Reason.ShouldBe(AttachmentRejection.BlockedExtension);
    }

    [Fact]
    public void AnExecutableContentType_IsRejectedWhateverTheName()
    {
        var mail = Eml.Parsed(Eml.WithAttachment("faktura", "application/x-msdownload", [1, 2, 3]));

        mail.RejectedAttachments.ShouldHaveSingleItem().Reason.ShouldBe(AttachmentRejection.BlockedContentType);
    }

    [Fact]
    public void AWindowsProgramNamedAsAPdf_IsRejectedByItsBytes()
    {
        var program = new byte[128];
        program[0] = (byte)'M';
        program[1] = (byte)'Z';
        program[0x3C] = 0x40;
        "PE\0\0"u8.CopyTo(program.AsSpan(0x40));

        var mail = Eml.Parsed(Eml.WithAttachment("faktura.pdf", "application/pdf", program));

        mail.RejectedAttachments.ShouldHaveSingleItem().Reason.ShouldBe(AttachmentRejection.ExecutableContent);
    }

    [Fact]
    public void AnOversizedAttachment_IsRejectedNotDropped()
    {
        var big = new byte[2048];
        big.AsSpan().Fill((byte)'a');

        var mail = Eml.Parsed(Eml.WithAttachment("logg.txt", "text/plain", big), MailLimits.Default with { MaxAttachmentBytes = 1024 });

        mail.Attachments.ShouldBeEmpty();
        mail.RejectedAttachments.ShouldBe([new RejectedAttachment("logg.txt", "text/plain", 2048, AttachmentRejection.TooLarge)]);
    }

    [Fact]
    public void AttachmentsOverTheCount_AreRejectedAsTooMany()
    {
        var parts = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
            --b
            Content-Type: application/pdf; name="sida{i}.pdf"
            Content-Disposition: attachment; filename="sida{i}.pdf"
            Content-Transfer-Encoding: base64

            {Convert.ToBase64String(Pdf)}

            """));
        var raw = Eml.Ascii($"From: anna@example.se\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nTre sidor\n{parts}--b--\n");

        var mail = Eml.Parsed(raw, MailLimits.Default with { MaxAttachments = 2 });

        mail.Attachments.Select(a => a.FileName).ShouldBe(["sida1.pdf", "sida2.pdf"]);
        mail.RejectedAttachments.ShouldHaveSingleItem().ShouldBe(new RejectedAttachment("sida3.pdf", "application/pdf", Pdf.Length, AttachmentRejection.TooMany));
    }

    [Fact]
    public void AnAllowList_RejectsOtherExtensions()
    {
        var limits = MailLimits.Default with { AllowedExtensions = new HashSet<string> { ".pdf", ".png" } };

        var mail = Eml.Parsed(Eml.WithAttachment("data.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", [1, 2, 3]), limits);
        var allowed = Eml.Parsed(Eml.WithAttachment("kvitto.PDF", "application/pdf", Pdf), limits);

        mail.RejectedAttachments.ShouldHaveSingleItem().Reason.ShouldBe(AttachmentRejection.ExtensionNotAllowed);
        allowed.Attachments.ShouldHaveSingleItem().Content.ShouldBe(Pdf);
    }

    [Fact]
    public void AnAcceptedAttachment_KeepsNameTypeAndBytes()
    {
        var mail = Eml.Parsed(Eml.WithAttachment("kvitto.pdf", "application/pdf", Pdf));

        var attachment = mail.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("kvitto.pdf");
        attachment.ContentType.ShouldBe("application/pdf");
        attachment.Size.ShouldBe(Pdf.Length);
        attachment.Content.ShouldBe(Pdf);
        attachment.IsInline.ShouldBeFalse();
        mail.RejectedAttachments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\\\Users\\\\anna\\\\kvitto.pdf", "kvitto.pdf")] // quoted-string escapes: the name is C:\Users\anna\kvitto.pdf
    [InlineData("a<b>c|d?.pdf", "a_b_c_d_.pdf")]
    [InlineData("", "bilaga-1.pdf")]
    public void FileNames_AreMadeSafe(string given, string expected)
    {
        var mail = Eml.Parsed(Eml.WithAttachment(given, "application/pdf", Pdf));

        mail.Attachments.ShouldHaveSingleItem().FileName.ShouldBe(expected);
    }

    [Fact]
    public void ATnefPart_IsLeftOutWithAWarning()
    {
        var mail = Eml.Parsed(Eml.WithAttachment("winmail.dat", "application/ms-tnef", [0x78, 0x9F, 0x3E, 0x22]));

        mail.Attachments.ShouldBeEmpty();
        mail.RejectedAttachments.ShouldBeEmpty();
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.TnefIgnored);
    }

    [Fact]
    public void AForwardedMessage_IsKeptWholeAsAnEmlAttachment()
    {
        var raw = Eml.Utf8("""
            From: anna@example.se
            Subject: VB: Gammalt ärende
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            Se nedan.
            --b
            Content-Type: message/rfc822

            From: bo@example.se
            Subject: Skrivaren igen

            Den krånglar.
            --b--
            """);

        var mail = Eml.Parsed(raw);

        mail.TextBody.ShouldBe("Se nedan.");
        var forwarded = mail.Attachments.ShouldHaveSingleItem();
        forwarded.FileName.ShouldBe("Skrivaren igen.eml");
        forwarded.ContentType.ShouldBe("message/rfc822");
        Eml.Parsed(forwarded.Content).TextBody.ShouldBe("Den krånglar.");
    }
}
