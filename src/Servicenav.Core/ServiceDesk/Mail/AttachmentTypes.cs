using System.Collections.Frozen;

namespace Servicenav.ServiceDesk.Mail;

/// <summary>The default deny lists: what runs when double-clicked on Windows, and disk images used to smuggle it past filters.</summary>
public static class AttachmentTypes
{
    public static IReadOnlySet<string> BlockedExtensions { get; } = new[]
    {
        ".exe", ".com", ".scr", ".pif", ".bat", ".cmd", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".ps1", ".psm1",
        ".msi", ".msp", ".dll", ".cpl", ".hta", ".jar", ".lnk", ".reg", ".scf", ".inf", ".application", ".gadget",
        ".iso", ".img", ".vhd", ".vhdx",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlySet<string> BlockedContentTypes { get; } = new[]
    {
        "application/x-msdownload", "application/x-msdos-program", "application/x-dosexec", "application/x-executable",
        "application/vnd.microsoft.portable-executable", "application/x-ms-installer", "application/x-msi",
        "application/x-ms-shortcut", "application/hta", "application/x-bat", "application/x-sh",
        "application/javascript", "application/x-javascript", "text/javascript", "text/vbscript",
        "application/java-archive",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
