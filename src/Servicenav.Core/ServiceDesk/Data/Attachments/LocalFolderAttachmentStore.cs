using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Servicenav.ServiceDesk.Data.Attachments;

/// <summary>
/// The attachment store in a local folder: <c>ab/cd/abcd…</c> by SHA-256. Content is written to <c>tmp/</c> and moved
/// into place whole (a rename within one volume), so a file under its key is always complete. A file's time is the
/// last put by the app's clock: a put of content already stored renews it, so the sweep's grace period protects a file
/// whose row is about to be saved.
/// </summary>
public sealed class LocalFolderAttachmentStore : IAttachmentStore
{
    private const int BufferSize = 81920;
    private readonly string _root;
    private readonly TimeProvider _clock;

    public LocalFolderAttachmentStore(string folder, TimeProvider clock)
    {
        _root = Path.GetFullPath(folder);
        _clock = clock;
    }

    public string Folder => _root;

    public async Task<StoredFile?> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(_root, "tmp");
        Directory.CreateDirectory(temporary);
        var part = Path.Combine(temporary, Guid.NewGuid().ToString("N") + ".part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        return null;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            var key = Convert.ToHexStringLower(hash.GetHashAndReset());
            var target = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                try
                {
                    File.Move(part, target);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Someone stored the same content at the same moment: theirs is the same bytes.
                }
            }

            File.SetLastWriteTimeUtc(target, _clock.GetUtcNow().UtcDateTime);
            return new StoredFile(key, size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            File.Delete(part);
        }
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        if (!IsKey(key) || !File.Exists(PathOf(key)))
        {
            return Task.FromResult<Stream?>(null);
        }

        return Task.FromResult<Stream?>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true));
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (IsKey(key))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFileInfo> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetFileName(path);
            if (IsKey(key) && string.Equals(PathOf(key), path, StringComparison.Ordinal))
            {
                yield return new StoredFileInfo(key, File.GetLastWriteTimeUtc(path));
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// Half-written <c>tmp/*.part</c> files: a put deletes its own whatever happens, unless the process died during
    /// it. Their time is the file system's (a put writes them as it goes), so "before" is by the real clock.
    /// </summary>
    public Task<int> RemoveUnfinishedAsync(DateTime beforeUtc, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(_root, "tmp");
        if (!Directory.Exists(temporary))
        {
            return Task.FromResult(0);
        }

        var removed = 0;
        foreach (var part in Directory.EnumerateFiles(temporary, "*.part"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.GetLastWriteTimeUtc(part) < beforeUtc)
            {
                File.Delete(part);
                removed++;
            }
        }

        return Task.FromResult(removed);
    }

    /// <summary>Only 64 lower-case hex digits name a file: a key can never reach outside the folder.</summary>
    public static bool IsKey(string? key) => key is { Length: 64 } && key.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private string PathOf(string key) => Path.Combine(_root, key[..2], key[2..4], key);
}
