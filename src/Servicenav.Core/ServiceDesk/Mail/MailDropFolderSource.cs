namespace Servicenav.ServiceDesk.Mail;

/// <summary>
/// Reads *.eml files from a folder. A file is new until acknowledged, then moved to <c>processed/</c> or <c>failed/</c>
/// (with a <c>.reason.txt</c> beside it); nothing is ever deleted or overwritten. Two rules keep half-written files out:
/// only names ending in ".eml" are read, so a writer that writes "x.eml.tmp" and renames it is always safe (the rename is
/// atomic); and a file changed within <see cref="MailDropFolderOptions.SettleTime"/> is left for the next round, which
/// covers writers that write the .eml in place (a copy by hand, a share).
/// </summary>
public sealed class MailDropFolderSource(MailDropFolderOptions options, TimeProvider clock) : IMailSource
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    public async Task<IReadOnlyList<RawMail>> ListNewAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(options.Folder))
        {
            return [];
        }

        var settledBefore = clock.GetUtcNow().UtcDateTime - options.SettleTime;
        var files = new DirectoryInfo(options.Folder).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(file => string.Equals(file.Extension, ".eml", StringComparison.OrdinalIgnoreCase) && file.LastWriteTimeUtc <= settledBefore)
            .OrderBy(file => file.LastWriteTimeUtc)
            .ThenBy(file => file.Name, StringComparer.Ordinal)
            .Take(options.BatchSize)
            .ToList();

        var mails = new List<RawMail>(files.Count);
        foreach (var file in files)
        {
            var content = await ReadAsync(file.FullName, cancellationToken);
            if (content is not null)
            {
                mails.Add(new RawMail(file.Name, content));
            }
        }

        return mails;
    }

    public Task AcknowledgeAsync(string sourceId, MailOutcome outcome, string? reason = null, CancellationToken cancellationToken = default)
    {
        var source = Path.Combine(options.Folder, CheckedName(sourceId));
        var folder = Path.Combine(options.Folder, outcome == MailOutcome.Processed ? ProcessedFolder : FailedFolder);
        Directory.CreateDirectory(folder);
        var target = MoveWithoutOverwriting(source, folder);
        if (outcome == MailOutcome.Failed && !string.IsNullOrWhiteSpace(reason))
        {
            return File.WriteAllTextAsync(target + ".reason.txt", reason, cancellationToken);
        }

        return Task.CompletedTask;
    }

    private async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            return await BoundedRead.ReadAtMostAsync(stream, Math.Min(options.MaxMessageBytes, Array.MaxLength - 1) + 1, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            // Another reader acknowledged it between listing and reading: it is not new any more.
            return null;
        }
    }

    // Ids are the plain file names this source handed out; anything else could reach outside the folder.
    private static string CheckedName(string sourceId)
    {
        if (string.IsNullOrWhiteSpace(sourceId) || Path.GetFileName(sourceId) != sourceId || sourceId is "." or ".."
            || sourceId.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{sourceId}' is not a file name from this drop folder.", nameof(sourceId));
        }

        return sourceId;
    }

    private static string MoveWithoutOverwriting(string source, string folder)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        var extension = Path.GetExtension(source);
        for (var attempt = 0; ; attempt++)
        {
            var suffix = attempt == 0 ? "" : "-" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var target = Path.Combine(folder, name + suffix + extension);
            if (File.Exists(target))
            {
                continue;
            }

            try
            {
                File.Move(source, target, overwrite: false);
                return target;
            }
            catch (IOException) when (File.Exists(target) && File.Exists(source))
            {
                // Someone took that name between the check and the move: try the next one.
            }
        }
    }
}
