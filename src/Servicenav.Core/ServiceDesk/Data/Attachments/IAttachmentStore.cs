namespace Servicenav.ServiceDesk.Data.Attachments;

/// <summary>
/// Where attachment bytes live, outside the database rows. Content-addressed: the key is the content's SHA-256, so
/// the same file sent twice is kept once. A put either stores the whole content or nothing.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Stores the content; null (and nothing kept) when it is longer than <paramref name="maxBytes"/>, which is read no
    /// further than one byte past the limit.
    /// </summary>
    Task<StoredFile?> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when the key is unknown or malformed.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every stored file with when it was last put (a put of an existing file renews it).</summary>
    IAsyncEnumerable<StoredFileInfo> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes puts that never finished (a crash or a stop mid-upload) begun before <paramref name="beforeUtc"/>; answers how many.</summary>
    Task<int> RemoveUnfinishedAsync(DateTime beforeUtc, CancellationToken cancellationToken);
}

public sealed record StoredFile(string Key, long Size);

public sealed record StoredFileInfo(string Key, DateTime LastPutUtc);
