using System.IO.Compression;
using System.Text;

namespace Servicenav.Tests.ServiceDesk.Attachments;

/// <summary>Small real files of each kind, and the hostile ones: a Windows program under another name, a macro document.</summary>
public static class Files
{
    public static byte[] Pdf(string text = "Hej") => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>An MZ header whose offset at 0x3C points at a PE signature: what Windows runs, whatever the name.</summary>
    public static byte[] WindowsProgram()
    {
        var bytes = new byte[512];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        BitConverter.GetBytes(0x80).CopyTo(bytes, 0x3C);
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }

    public static byte[] Sized(int bytes)
    {
        var content = new byte[bytes];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(content, 0);
        for (var i = 9; i < bytes; i++)
        {
            content[i] = (byte)('a' + (i % 26));
        }

        return content;
    }

    /// <summary>A zip container with the given entries (a .docx is one; with word/vbaProject.bin it carries macros).</summary>
    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("x");
            }
        }

        return buffer.ToArray();
    }

    public static MemoryStream Stream(byte[] content) => new(content, writable: false);
}
