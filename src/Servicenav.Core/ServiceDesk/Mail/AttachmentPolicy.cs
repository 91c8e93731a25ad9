using System.Buffers.Binary;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>Whether one attachment may go into a case: type first (name, declared type, and what the bytes are), then size.</summary>
internal static class AttachmentPolicy
{
    public static AttachmentRejection? Check(string fileName, string contentType, byte[] content, MailLimits limits)
    {
        var extension = Extension(fileName);
        if (extension.Length > 0 && Contains(limits.BlockedExtensions, extension))
        {
            return AttachmentRejection.BlockedExtension;
        }

        if (Contains(limits.BlockedContentTypes, contentType))
        {
            return AttachmentRejection.BlockedContentType;
        }

        if (IsExecutable(content))
        {
            return AttachmentRejection.ExecutableContent;
        }

        if (limits.AllowedExtensions is { } allowed && !Contains(allowed, extension))
        {
            return AttachmentRejection.ExtensionNotAllowed;
        }

        return content.LongLength > limits.MaxAttachmentBytes ? AttachmentRejection.TooLarge : null;
    }

    /// <summary>Windows ignores trailing dots and spaces, so "faktura.pdf.exe. " runs as an .exe.</summary>
    public static string Extension(string fileName) => Path.GetExtension(fileName.TrimEnd('.', ' '));

    private static bool Contains(IReadOnlySet<string> set, string value) =>
        set.Contains(value) || set.Any(item => string.Equals(item, value, StringComparison.OrdinalIgnoreCase));

    // A Windows program (MZ header pointing at a PE signature) or an ELF binary, whatever its name claims.
    private static bool IsExecutable(byte[] content)
    {
        if (content is [0x7F, (byte)'E', (byte)'L', (byte)'F', ..])
        {
            return true;
        }

        if (content is not [(byte)'M', (byte)'Z', ..] || content.Length < 0x40)
        {
            return false;
        }

        var peOffset = BinaryPrimitives.ReadInt32LittleEndian(content.AsSpan(0x3C));
        return peOffset > 0 && peOffset <= content.Length - 4 && content.AsSpan(peOffset, 4).SequenceEqual("PE\0\0"u8);
    }
}
