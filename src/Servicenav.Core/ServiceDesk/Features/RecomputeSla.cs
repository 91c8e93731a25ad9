using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Sla;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Brings every open case's SLA clocks up to now from its history: due times, statuses, and a warning or breach
/// event the first time a clock crosses its threshold. Run every minute by the web host and on demand from the CLI.
/// Works through the open cases in key order (their own partial index), a chunk at a time, each chunk saved on its
/// own: on PostgreSQL its clocks in one statement and its events by COPY, on a second connection while the next chunk
/// is read (<see cref="Data.SlaChunkWriter"/>). A crash loses nothing: the next run recomputes from the history.
/// </summary>
public sealed record RecomputeSla(int ChunkSize = 5_000) : IRequest<Result<SlaRecomputation>>;

public sealed record SlaRecomputation(int OpenCases, int Changed, int Warnings, int Breaches, int Skipped, TimeSpan Elapsed);

internal sealed class RecomputeSlaHandler(ServicenavDb db, SlaSettings settings, TimeProvider clock) : IHandler<RecomputeSla, Result<SlaRecomputation>>
{
    public async Task<Result<SlaRecomputation>> Handle(RecomputeSla request, CancellationToken cancellationToken)
    {
        if (!db.User.IsSystem && !db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<SlaRecomputation>.Forbidden();
        }

        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        var policy = await SlaPolicy.LoadAsync(db, settings, cancellationToken);
        var (openCount, changed, warnings, breaches, skipped) = (0, 0, 0, 0, 0);
        Guid? after = null;
        var setBased = SlaClockWriter.IsSetBased(db);
        await using var writer = setBased ? await SlaChunkWriter.OpenAsync(db, cancellationToken) : null;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        while (true)
        {
            // PostgreSQL writes a chunk set-based and reads only the cases' keys and clocks; SQLite saves tracked cases through EF.
            var open = db.Cases.Where(CaseStatusFlow.Open).Where(c => after == null || c.Id.CompareTo(after.Value) > 0).OrderBy(c => c.Id).Take(request.ChunkSize);
            IReadOnlyList<ISlaClocked> chunk = setBased
                ? await open.AsNoTracking().Select(CaseSlaSubject.Read).ToListAsync(cancellationToken)
                : await open.ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                break;
            }

            var ids = chunk.Select(c => c.Id).ToList();
            var facts = (await db.CaseEvents.AsNoTracking()
                    .Where(e => ids.Contains(e.CaseId) && CaseSlaRefresh.ClockKinds.Contains(e.Kind))
                    .Select(e => new { e.CaseId, Fact = new CaseSlaFact(e.AtUtc, e.Kind, e.ActorIsStaff, e.FromValue, e.ToValue, e.GroupId) })
                    .ToListAsync(cancellationToken))
                .ToLookup(e => e.CaseId, e => e.Fact);
            var modified = new List<ISlaClocked>();
            foreach (var c in chunk)
            {
                var history = facts[c.Id].OrderBy(f => f.AtUtc).ToList();
                if (c.ApplySla(CaseSlaResult.Evaluate(history, c.GroupId, policy.For(c.ServiceCode, c.Priority, c.GroupId), now, policy.WarningThreshold)))
                {
                    modified.Add(c);
                }

                warnings += c.NewEvents.Count(e => e.Kind == CaseEventKind.SlaWarning);
                breaches += c.NewEvents.Count(e => e.Kind == CaseEventKind.SlaBreached);
            }

            var (written, tried) = writer is null ? (await SaveChunkAsync(modified.Cast<Case>().ToList(), cancellationToken), modified.Count)
                : await writer.WriteAsync(modified.Cast<CaseSlaSubject>().ToList(), cancellationToken);
            changed += written;
            skipped += tried - written;
            db.ChangeTracker.Clear();
            openCount += chunk.Count;
            after = chunk[^1].Id;
        }

        if (writer is not null)
        {
            var (written, tried) = await writer.FlushAsync();
            changed += written;
            skipped += tried - written;
        }

        return new SlaRecomputation(openCount, changed, warnings, breaches, skipped, clock.GetElapsedTime(started));
    }

    /// <summary>
    /// SQLite: saves a chunk's changed clocks with their warning and breach events through EF, all or nothing; answers how
    /// many cases were written. A case an agent changed meanwhile fails the chunk's version check and the chunk is skipped
    /// (their save recomputed its clocks; the next run does the rest).
    /// </summary>
    private async Task<int> SaveChunkAsync(List<Case> modified, CancellationToken cancellationToken)
    {
        if (modified.Count == 0)
        {
            return 0;
        }

        db.ChangeTracker.DetectChanges();
        db.CaseEvents.AddRange(modified.SelectMany(c => c.NewEvents));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return modified.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
    }
}
