using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Opens a case whichever way it came in: takes the next number (<see cref="CaseNumbers"/>), unless the requester's
/// lookup already took it, and saves the case with its clocks.
/// </summary>
internal sealed class CaseOpener(ServicenavDb db, CaseStore store, TimeProvider clock)
{
    /// <summary>The moment a case opens, read once: its number's year and its creation time must agree on New Year's Eve.</summary>
    public DateTime OpeningTime() => clock.GetUtcNow().UtcDateTime;

    /// <summary>The year whose number a lookup before the case may take in its own query (<see cref="CaseNumbers.NextInQuery"/>); null where it cannot.</summary>
    public int? YearToNumberInQuery(DateTime openingTime) => CaseNumbers.FromSequence(db) ? openingTime.Year : null;

    public Task<Case> OpenAsync(NewCase request, CaseActor actor, CancellationToken cancellationToken) =>
        OpenAsync(request, actor, null, OpeningTime(), cancellationToken);

    /// <param name="number">The number the requester's lookup took, for the year of <paramref name="now"/>; null takes one here.</param>
    public async Task<Case> OpenAsync(NewCase request, CaseActor actor, CaseNumber? number, DateTime now, CancellationToken cancellationToken)
    {
        if (CaseNumbers.FromSequence(db))
        {
            var @case = Case.Open(number ?? await CaseNumbers.NextAsync(db, now.Year, cancellationToken), request, actor, now);
            db.Cases.Add(@case);
            if (db.Database.CurrentTransaction is not null)
            {
                await store.SaveAsync(@case, isNew: true, cancellationToken);
                return @case;
            }

            // The case, its first event, the receipt mail and the audit rows go to PostgreSQL as one batch, which it runs
            // as one implicit transaction: all or nothing without a BEGIN and a COMMIT of EF's (the COMMIT is a round trip).
            var before = db.Database.AutoTransactionBehavior;
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            try
            {
                await store.SaveAsync(@case, isNew: true, cancellationToken);
            }
            finally
            {
                db.Database.AutoTransactionBehavior = before;
            }

            return @case;
        }

        var owns = db.Database.CurrentTransaction is null;
        var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var @case = Case.Open(number ?? await CaseNumbers.NextAsync(db, now.Year, cancellationToken), request, actor, now);
            db.Cases.Add(@case);
            await store.SaveAsync(@case, isNew: true, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return @case;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }
}
