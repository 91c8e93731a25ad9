namespace Servicenav.ServiceDesk;

/// <summary>
/// Case attachments (configuration section <c>ServiceDesk:Attachments</c>): where the files are kept (outside the
/// database), how large one file and all of a case's files may be, and which file types are taken. Programs, scripts,
/// macro documents and web pages are refused whatever this list says (the mail intake's deny lists and content check).
/// </summary>
public sealed class AttachmentSettings
{
    public const string Section = "ServiceDesk:Attachments";

    /// <summary>The file store's folder; by default <c>attachments</c> in the data folder, next to the SQLite file.</summary>
    public string? Folder { get; set; }

    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    public long MaxCaseBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Extensions with their dot, compared ignoring case. Each is also checked against what its bytes are.</summary>
    public string[] AllowedExtensions { get; set; } =
    [
        ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".txt", ".log", ".csv", ".docx", ".xlsx", ".pptx", ".odt", ".ods",
        ".odp", ".eml", ".msg", ".zip",
    ];

    /// <summary>The folder to use: the configured one, else <c>data/attachments</c> under <paramref name="basePath"/>.</summary>
    public string ResolveFolder(string basePath) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(Folder) ? Path.Combine(basePath, "data", "attachments") : Path.Combine(basePath, Folder));
}
