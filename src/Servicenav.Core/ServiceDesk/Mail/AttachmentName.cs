using System.Text;
using MimeKit;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>A file name from a mail is the sender's word: no folders, no characters Windows refuses, a sane length, never empty.</summary>
internal static class AttachmentName
{
    private const int MaxLength = 200;

    public static string Clean(string? name, string contentType, int index)
    {
        var text = name ?? "";
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) || "<>:\"|?*".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var result = clean.ToString().Trim();
        if (result.Trim('.', ' ', '_').Length == 0)
        {
            result = "bilaga-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ExtensionFor(contentType);
        }

        return result.Length <= MaxLength ? result : Shorten(result);
    }

    private static string ExtensionFor(string contentType) => MimeTypes.TryGetExtension(contentType, out var extension) ? extension : ".bin";

    private static string Shorten(string name)
    {
        var extension = Path.GetExtension(name);
        extension = extension.Length > 20 ? "" : extension;
        return name[..(MaxLength - extension.Length)] + extension;
    }
}
