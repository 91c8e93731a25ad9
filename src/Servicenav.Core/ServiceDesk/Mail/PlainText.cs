using MimeKit;
using MimeKit.Text;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>The text of a text/plain part: decoded, format=flowed lines joined again (Thunderbird and Apple Mail send it), line ends as "\n".</summary>
internal static class PlainText
{
    public static string Read(TextPart part, List<MailWarning> warnings)
    {
        var text = TextPartDecoder.Decode(part, warnings);
        if (part.IsFlowed)
        {
            var deleteSpace = part.ContentType.Parameters.TryGetValue("delsp", out string? delsp)
                && string.Equals(delsp, "yes", StringComparison.OrdinalIgnoreCase);
            text = new FlowedToText { DeleteSpace = deleteSpace }.Convert(text);
        }

        return LineEnds(text);
    }

    public static string LineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
