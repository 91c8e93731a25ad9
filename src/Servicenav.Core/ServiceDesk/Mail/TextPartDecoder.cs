using System.Collections.Frozen;
using System.Text;
using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Turns a text part's bytes into a string. A declared charset is used when known; an unknown or missing one is read
/// as UTF-8 when the bytes are valid UTF-8, else as windows-1252 (what Swedish mail without a label nearly always is).
/// </summary>
internal static class TextPartDecoder
{
    // Labels that mean windows-1252 in practice (the WHATWG encoding standard reads them so): bytes 0x80–0x9F become €, “ ” – …
    private static readonly FrozenSet<string> Windows1252Labels = new[]
    {
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Decode(TextPart part, List<MailWarning> warnings)
    {
        var bytes = Bytes(part);
        var label = part.ContentType.Charset?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(label))
        {
            return Guess(bytes);
        }

        var encoding = Lookup(label, part.ContentType);
        if (encoding is null)
        {
            warnings.Add(new MailWarning(MailWarningCode.UnknownCharset, $"Unknown charset '{label}' on {part.ContentType.MimeType}: read as UTF-8, else windows-1252."));
            return Guess(bytes);
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            if (TryUtf8(bytes, out var text))
            {
                return text;
            }

            warnings.Add(new MailWarning(MailWarningCode.InvalidBytesForCharset, $"{part.ContentType.MimeType} says UTF-8 but is not: read as windows-1252."));
            return Charsets.Windows1252.GetString(bytes);
        }

        return WithoutBom(encoding.GetString(bytes));
    }

    private static Encoding? Lookup(string label, ContentType contentType)
    {
        if (Windows1252Labels.Contains(label))
        {
            return Charsets.Windows1252;
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            // MimeKit knows the aliases mailers use that .NET does not ("iso8859_15", "x-unicode-2-0-utf-8" …).
            return contentType.CharsetEncoding;
        }
    }

    private static string Guess(byte[] bytes) => TryUtf8(bytes, out var text) ? text : Charsets.Windows1252.GetString(bytes);

    private static bool TryUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = WithoutBom(Charsets.StrictUtf8.GetString(bytes));
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static string WithoutBom(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    private static byte[] Bytes(TextPart part)
    {
        if (part.Content is null)
        {
            return [];
        }

        using var decoded = new MemoryStream();
        part.Content.DecodeTo(decoded);
        return decoded.ToArray();
    }
}
