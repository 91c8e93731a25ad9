using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Attachments;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>
/// Removes stored files no attachment row points at: bytes of a refused file, of a removed attachment, or left by a
/// crash between storing the file and saving its row, and half-written uploads a crash left behind. Only files older
/// than <see cref="MinimumAge"/> (by their last put) are touched, so a file whose row is being saved right now, or an
/// upload still going on, is left alone.
/// </summary>
public sealed record SweepAttachmentFiles(TimeSpan? MinimumAge = null) : IRequest<Result<AttachmentSweep>>
{
    public static readonly TimeSpan DefaultMinimumAge = TimeSpan.FromHours(1);
}

public sealed record AttachmentSweep(int Checked, int Removed, int UnfinishedRemoved = 0);

internal sealed class SweepAttachmentFilesHandler(ServicenavDb db, IAttachmentStore files, TimeProvider clock) : IHandler<SweepAttachmentFiles, Result<AttachmentSweep>>
{
    private const int Batch = 500;

    public async Task<Result<AttachmentSweep>> Handle(SweepAttachmentFiles request, CancellationToken cancellationToken)
    {
        if (!db.User.IsSystem && !db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<AttachmentSweep>.Forbidden();
        }

        var before = clock.GetUtcNow().UtcDateTime - (request.MinimumAge ?? SweepAttachmentFiles.DefaultMinimumAge);
        var old = new List<string>();
        var seen = 0;
        await foreach (var file in files.ListAsync(cancellationToken))
        {
            seen++;
            if (file.LastPutUtc < before)
            {
                old.Add(file.Key);
            }
        }

        // Every customer's rows count: a file is an orphan only if no case anywhere points at it.
        var rows = db.CaseAttachments.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).AsNoTracking();
        var removed = 0;
        foreach (var chunk in old.Chunk(Batch))
        {
            var used = await rows.Where(a => chunk.Contains(a.Sha256)).Select(a => a.Sha256).Distinct().ToListAsync(cancellationToken);
            foreach (var key in chunk.Except(used, StringComparer.Ordinal))
            {
                await files.DeleteAsync(key, cancellationToken);
                removed++;
            }
        }

        // Uploads still being written are minutes old at most; the file system's clock dates them.
        var unfinished = await files.RemoveUnfinishedAsync(DateTime.UtcNow - (request.MinimumAge ?? SweepAttachmentFiles.DefaultMinimumAge), cancellationToken);
        return new AttachmentSweep(seen, removed, unfinished);
    }
}
