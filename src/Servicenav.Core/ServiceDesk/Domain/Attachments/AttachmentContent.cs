using System.Collections.Frozen;

namespace Servicenav.ServiceDesk.Domain.Attachments;

/// <summary>
/// What a file's first bytes say it is, against what its name claims: a program renamed "faktura.pdf" does not start
/// like a PDF. Types without a known signature pass on the allow-list and the program check alone.
/// </summary>
public static class AttachmentContent
{
    /// <summary>How much of the start of a file is read before it is stored (a Windows program's PE header is within this).</summary>
    public const int HeadBytes = 4096;

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".bmp"] = "image/bmp",
        [".txt"] = "text/plain",
        [".log"] = "text/plain",
        [".csv"] = "text/csv",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".eml"] = "message/rfc822",
        [".msg"] = "application/vnd.ms-outlook",
        [".zip"] = "application/zip",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Zip containers: their entries are checked too once the whole file is in (macros, programs inside).</summary>
    public static bool IsZip(string extension) =>
        extension.ToLowerInvariant() is ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" or ".odp" or ".zip";

    /// <summary>The type a file is served as: by its (checked) extension, else a plain byte stream.</summary>
    public static string ContentTypeFor(string extension) => Types.GetValueOrDefault(extension, "application/octet-stream");

    /// <summary>Do the first bytes fit the extension? Unknown extensions have nothing to compare with and pass.</summary>
    public static bool Fits(string extension, ReadOnlySpan<byte> head) => extension.ToLowerInvariant() switch
    {
        ".pdf" => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0,
        ".png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".gif" => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
        ".webp" => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8),
        ".bmp" => head.StartsWith("BM"u8),
        ".docx" or ".xlsx" or ".pptx" or ".odt" or ".ods" or ".odp" => head.StartsWith("PK\u0003\u0004"u8),
        ".zip" => head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8),
        ".msg" => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ".txt" or ".log" or ".csv" or ".eml" => IsText(head),
        _ => true,
    };

    /// <summary>Text has no NUL bytes and does not start like a program or a script to run.</summary>
    private static bool IsText(ReadOnlySpan<byte> head) =>
        head.IndexOf((byte)0) < 0 && !head.StartsWith("MZ"u8) && !head.StartsWith("#!"u8) && !head.StartsWith("\u007FELF"u8);
}

/// <summary>Types refused on a case whatever the allow-list says: the mail intake's programs and disk images, plus macro documents and web pages.</summary>
public static class AttachmentDenyList
{
    public static IReadOnlySet<string> Extensions { get; } = Mail.AttachmentTypes.BlockedExtensions.Concat(
    [
        ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".xlsb", ".pptm", ".potm", ".ppsm", ".ppam", ".sldm",
        ".htm", ".html", ".xhtml", ".shtml", ".mht", ".mhtml", ".svg", ".xml", ".sh", ".py", ".pl", ".php", ".vb", ".ws",
    ]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Entries of a zip container that carry code: Office VBA projects, OpenDocument Basic and scripts, programs (not the XML every document is made of).</summary>
    public static bool IsCodeEntry(string entryName)
    {
        var name = entryName.Replace('\\', '/');
        return name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Scripts/", StringComparison.OrdinalIgnoreCase)
            || Mail.AttachmentTypes.BlockedExtensions.Contains(Mail.AttachmentPolicy.Extension(name));
    }
}
