using System.Text;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>Swedish letters come out right whatever the sender's mail program did with them.</summary>
public class InboundCharsetTests
{
    private const string Swedish = "Hej! Skrivaren på våning 3 är trasig. Åsa, Ärla och Örjan väntar.";

    [Fact]
    public void Iso88591QuotedPrintable_KeepsSwedishLetters()
    {
        var mail = Eml.Parsed(Eml.Ascii("""
            From: =?iso-8859-1?Q?=C5sa_=D6berg?= <asa@example.se>
            Subject: =?iso-8859-1?Q?Skrivaren_p=E5_v=E5ning_3_=E4r_trasig?=
            MIME-Version: 1.0
            Content-Type: text/plain; charset="iso-8859-1"
            Content-Transfer-Encoding: quoted-printable

            Hej! Skrivaren p=E5 v=E5ning 3 =E4r trasig. =C5sa, =C4rla och =D6rjan v=E4nta=
            r.
            """));

        mail.TextBody.ShouldBe(Swedish);
        mail.Subject.ShouldBe("Skrivaren på våning 3 är trasig");
        mail.From.ShouldBe(new MailContact("asa@example.se", "Åsa Öberg"));
        mail.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Utf8Base64_KeepsSwedishLetters()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(Swedish));
        var mail = Eml.Parsed(Eml.Ascii($"""
            From: asa@example.se
            Subject: =?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("Skrivaren på våning 3"))}?=
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            {body}
            """));

        mail.TextBody.ShouldBe(Swedish);
        mail.Subject.ShouldBe("Skrivaren på våning 3");
    }

    [Fact]
    public void Utf8EightBit_KeepsSwedishLettersInBodyAndRawHeaders()
    {
        var mail = Eml.Parsed(Eml.Utf8($"""
            From: Örjan <orjan@example.se>
            Subject: Skrivaren på våning 3
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            {Swedish}
            """));

        mail.TextBody.ShouldBe(Swedish);
        mail.Subject.ShouldBe("Skrivaren på våning 3");
        mail.From!.Name.ShouldBe("Örjan");
    }

    [Fact]
    public void UnlabelledEightBitLatin1_IsReadAsWindows1252()
    {
        var mail = Eml.Parsed(Eml.Latin1($"""
            From: Örjan <orjan@example.se>
            Subject: Skrivaren på våning 3

            {Swedish}
            """));

        mail.TextBody.ShouldBe(Swedish);
        mail.Subject.ShouldBe("Skrivaren på våning 3");
        mail.From!.Name.ShouldBe("Örjan");
    }

    [Fact]
    public void Windows1252Body_KeepsTheEuroSignAndCurlyQuotes()
    {
        var raw = Eml.Ascii("""
            From: anna@example.se
            Content-Type: text/plain; charset=windows-1252
            Content-Transfer-Encoding: quoted-printable

            Priset =E4r 100 =80 =93inkl. moms=94 =96 sa =C5sa.
            """);

        Eml.Parsed(raw).TextBody.ShouldBe("Priset är 100 € “inkl. moms” – sa Åsa.");
    }

    [Fact]
    public void Iso88591LabelWithWindows1252Bytes_IsReadAsWindows1252()
    {
        var raw = Eml.Ascii("""
            From: anna@example.se
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            100 =80 =E5t g=E5ngen
            """);

        Eml.Parsed(raw).TextBody.ShouldBe("100 € åt gången");
    }

    [Fact]
    public void Utf8LabelOnLatin1Bytes_FallsBackAndWarns()
    {
        var raw = Eml.Latin1("""
            From: anna@example.se
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            Skrivaren på våning 3
            """);

        var mail = Eml.Parsed(raw);

        mail.TextBody.ShouldBe("Skrivaren på våning 3");
        mail.Warnings.ShouldContain(w => w.Code == MailWarningCode.InvalidBytesForCharset);
    }

    [Theory]
    [InlineData("x-klingon")]
    [InlineData("utf-42")]
    [InlineData("\"\"")]
    public void UnknownCharset_FallsBackWarnsAndDoesNotFail(string charset)
    {
        var latin1 = Eml.Latin1($"""
            From: anna@example.se
            Content-Type: text/plain; charset={charset}
            Content-Transfer-Encoding: 8bit

            Skrivaren på våning 3
            """);
        var utf8 = Eml.Utf8($"""
            From: anna@example.se
            Content-Type: text/plain; charset={charset}
            Content-Transfer-Encoding: 8bit

            Skrivaren på våning 3
            """);

        Eml.Parsed(latin1).TextBody.ShouldBe("Skrivaren på våning 3");
        Eml.Parsed(utf8).TextBody.ShouldBe("Skrivaren på våning 3");
        if (charset != "\"\"")
        {
            Eml.Parsed(utf8).Warnings.ShouldContain(w => w.Code == MailWarningCode.UnknownCharset && w.Detail.Contains(charset));
        }
    }

    [Fact]
    public void EncodedWordInAnUnknownCharset_DoesNotFail()
    {
        var mail = Eml.Parsed(Eml.Ascii("""
            From: anna@example.se
            Subject: =?x-klingon?Q?Skrivaren_p=E5_plan_3?=

            Hej
            """));

        mail.Subject.ShouldStartWith("Skrivaren p");
        mail.TextBody.ShouldBe("Hej");
    }
}
