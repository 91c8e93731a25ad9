using System.Text;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.Tests.ServiceDesk.Mail;

/// <summary>Builds raw test messages (CRLF line ends, chosen byte encoding) and reads the fixtures in Data/mail.</summary>
internal static class Eml
{
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(Crlf(text));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(Crlf(text));

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(Crlf(text));

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "mail", name));

    public static ParsedMail Parsed(byte[] raw, MailLimits? limits = null) =>
        InboundMailParser.Parse(raw, limits ?? MailLimits.Default).ShouldBeOfType<ParsedMail>();

    public static MailParseFailure Failed(byte[] raw, MailLimits? limits = null) =>
        InboundMailParser.Parse(raw, limits ?? MailLimits.Default).ShouldBeOfType<MailParseFailure>();

    /// <summary>A multipart/mixed message with a short text body and one base64 attachment.</summary>
    public static byte[] WithAttachment(string fileName, string contentType, byte[] content, string disposition = "attachment") => Ascii($"""
        From: Anna Berg <anna.berg@example.se>
        To: kundtjanst@servicenav.example.se
        Subject: Bifogad fil
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=us-ascii

        Se bifogad fil.
        --b1
        Content-Type: {contentType}; name="{fileName}"
        Content-Disposition: {disposition}; filename="{fileName}"
        Content-Transfer-Encoding: base64

        {Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks)}
        --b1--
        """);

    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n");
}
