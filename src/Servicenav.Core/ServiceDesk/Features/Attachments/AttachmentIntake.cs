using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Attachments;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Attachments;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.ServiceDesk.Features.Attachments;

/// <summary>
/// Takes one file onto a case, whichever way it came (upload, e-mail): a safe name; the type by its extension (deny
/// list, allow-list) and by its bytes (no programs, the start must fit the extension, no code inside zip containers);
/// the size per file and per case. The bytes go to the store first; the row and the history event are added to the
/// context for the caller's save, so a row never exists without its file. A refusal leaves no row; bytes already
/// stored for a refused file are an orphan the sweep removes.
/// </summary>
internal sealed class AttachmentIntake(ServicenavDb db, IAttachmentStore store, AttachmentSettings settings)
{
    public AttachmentLimitsText Limits(long usedBytes) =>
        new(settings.MaxFileBytes, settings.MaxCaseBytes, usedBytes, string.Join(", ", settings.AllowedExtensions.Select(e => e.ToLowerInvariant())));

    public async Task<long> UsedBytesAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var saved = await db.CaseAttachments.Where(a => a.CaseId == caseId).Select(a => a.Size).ToListAsync(cancellationToken);
        var pending = db.CaseAttachments.Local.Where(a => a.CaseId == caseId && db.Entry(a).State == EntityState.Added).Sum(a => a.Size);
        return saved.Sum() + pending;
    }

    /// <summary>The file's row (added, not saved), or the Swedish refusal naming the file and the reason.</summary>
    public async Task<(CaseAttachment? Attachment, string? Refusal)> TakeAsync(Case @case, string? givenName, string? declaredType, Stream content,
        bool isInternal, CaseActor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var name = AttachmentName.Clean(givenName, "application/octet-stream", 1);
        var extension = AttachmentPolicy.Extension(name).ToLowerInvariant();
        var used = await UsedBytesAsync(@case.Id, cancellationToken);
        var head = await ReadHeadAsync(content, cancellationToken);
        var refusal = Check(name, extension, declaredType ?? "", head);
        var room = settings.MaxCaseBytes - used;
        refusal ??= room <= 0 ? AttachmentRefusal.CaseFull : null;
        if (refusal is { } early)
        {
            return (null, AttachmentRefusalText.For(name, early, Limits(used)));
        }

        var stored = await store.PutAsync(new PrefixedStream(head, content), Math.Min(settings.MaxFileBytes, room), cancellationToken);
        if (stored is null)
        {
            return (null, AttachmentRefusalText.For(name, room < settings.MaxFileBytes ? AttachmentRefusal.CaseFull : AttachmentRefusal.TooLarge, Limits(used)));
        }

        if (AttachmentContent.IsZip(extension) && await ZipRefusalAsync(stored.Key, cancellationToken) is { } inside)
        {
            return (null, AttachmentRefusalText.For(name, inside, Limits(used)));
        }

        var attachment = CaseAttachment.Attach(@case, name, AttachmentContent.ContentTypeFor(extension), stored.Size, stored.Key, isInternal, actor, nowUtc);
        db.CaseAttachments.Add(attachment);
        return (attachment, null);
    }

    /// <summary>
    /// A mail's attachments onto its case, as the sender's (public): those the parser accepted go through the case's
    /// own checks and limits; every refused one, by the parser or here, is in the history with its reason. True when
    /// the mail had any, so the caller saves the case.
    /// </summary>
    public async Task<bool> TakeFromMailAsync(Case @case, ParsedMail parsed, CaseActor sender, DateTime nowUtc, CancellationToken cancellationToken)
    {
        foreach (var attachment in parsed.Attachments)
        {
            using var content = new MemoryStream(attachment.Content, writable: false);
            var (_, refusal) = await TakeAsync(@case, attachment.FileName, attachment.ContentType, content, false, sender, nowUtc, cancellationToken);
            if (refusal is not null)
            {
                @case.RecordRejectedAttachment(refusal, CaseActor.System, nowUtc);
            }
        }

        foreach (var rejected in parsed.RejectedAttachments)
        {
            @case.RecordRejectedAttachment(AttachmentRefusalText.ForMail(rejected, Limits(0)), CaseActor.System, nowUtc);
        }

        return parsed.Attachments.Count + parsed.RejectedAttachments.Count > 0;
    }

    private AttachmentRefusal? Check(string name, string extension, string declaredType, byte[] head)
    {
        if (head.Length == 0)
        {
            return AttachmentRefusal.Empty;
        }

        var limits = new MailLimits
        {
            BlockedExtensions = AttachmentDenyList.Extensions,
            AllowedExtensions = settings.AllowedExtensions.ToHashSet(StringComparer.OrdinalIgnoreCase),
            MaxAttachmentBytes = long.MaxValue,
        };
        return AttachmentPolicy.Check(name, declaredType, head, limits) switch
        {
            AttachmentRejection.ExecutableContent => AttachmentRefusal.ExecutableContent,
            AttachmentRejection.ExtensionNotAllowed => AttachmentRefusal.NotAllowedType,
            { } => AttachmentRefusal.BlockedType,
            null => AttachmentContent.Fits(extension, head) ? null : AttachmentRefusal.ContentMismatch,
        };
    }

    /// <summary>A zip container is read through its directory: not a zip at all, or code inside, refuses it.</summary>
    private async Task<AttachmentRefusal?> ZipRefusalAsync(string key, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenAsync(key, cancellationToken);
        if (stream is null)
        {
            return AttachmentRefusal.ContentMismatch;
        }

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => AttachmentDenyList.IsCodeEntry(e.FullName)) ? AttachmentRefusal.Macros : null;
        }
        catch (InvalidDataException)
        {
            return AttachmentRefusal.ContentMismatch;
        }
    }

    private static async Task<byte[]> ReadHeadAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[AttachmentContent.HeadBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return buffer[..filled];
    }
}

/// <summary>The start already read for the checks, then the rest of the upload: the file is read once, never held whole.</summary>
internal sealed class PrefixedStream(byte[] head, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - _position);
            head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - _position);
            head.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return await rest.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
