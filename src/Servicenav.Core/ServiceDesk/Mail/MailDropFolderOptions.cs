namespace Servicenav.ServiceDesk.Mail;

/// <summary>A folder of .eml files to read mail from (a mail server's pickup folder, or files dropped in by hand in development).</summary>
public sealed record MailDropFolderOptions
{
    public required string Folder { get; init; }

    /// <summary>A file changed more recently than this is taken to be still being written and is left for the next round.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; init; } = 50;

    /// <summary>Files are read to one byte past this, so the parser can refuse them without the whole file in memory.</summary>
    public long MaxMessageBytes { get; init; } = MailLimits.Default.MaxMessageBytes;
}
