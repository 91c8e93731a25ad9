using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Opens a case whichever way it came in: takes the next number (ahead, in a transaction of its own, where the
/// database allows; else in the case's transaction) and saves the case with its clocks.
/// </summary>
internal sealed class CaseOpener(ServicenavDb db, CaseStore store, TimeProvider clock)
{
    public async Task<Case> OpenAsync(NewCase request, CaseActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (CaseNumbers.CanTakeAhead(db))
        {
            var @case = Case.Open(await CaseNumbers.TakeAheadAsync(db, now.Year, cancellationToken), request, actor, now);
            db.Cases.Add(@case);

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
            var number = await CaseNumbers.NextAsync(db, now.Year, cancellationToken);
            var @case = Case.Open(number, request, actor, now);
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
