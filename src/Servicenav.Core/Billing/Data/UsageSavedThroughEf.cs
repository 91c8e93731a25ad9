using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Servicenav.Billing.Domain;
using Servicenav.Data;

namespace Servicenav.Billing.Data;

/// <summary>
/// Usage written through EF Core rather than the bulk import (a single record from another module, a test's fixture)
/// must not leave the month totals behind, or the billing run would charge less than was used: <see cref="Collect"/>
/// sums the records about to be added, and <see cref="SaveAsync"/> saves them and their sums in one transaction.
/// A usage record is never edited or deleted (a wrong one is answered by a correction), so any such change is refused.
/// </summary>
internal static class UsageSavedThroughEf
{
    /// <summary>The sums of the usage records added in this unit of work; null when there are none.</summary>
    public static UsageMonthTotals.Accumulator? Collect(ChangeTracker tracker)
    {
        UsageMonthTotals.Accumulator? sums = null;
        foreach (var entry in tracker.Entries<UsageRecord>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    sums ??= new UsageMonthTotals.Accumulator();
                    var r = entry.Entity;
                    if (r.CorrectsSourceReference is null)
                    {
                        // Corrections stay out of the totals: the run reads them itself (open or closed month).
                        sums.Add(r.Period.Key, r.CustomerId, r.ServiceCode, r.Ansvar, r.Verksamhet, r.Projekt, r.Aktivitet, r.QuantityMilli);
                    }

                    break;
                case EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException(
                        $"Usage record '{entry.Entity.SourceReference}' cannot be {entry.State.ToString().ToLowerInvariant()}: usage is never edited, a wrong record is answered by a correction record.");
            }
        }

        return sums;
    }

    /// <summary>Runs <paramref name="save"/> and adds <paramref name="sums"/> to the totals, in the caller's transaction or a new one.</summary>
    public static async Task<int> SaveAsync(ServicenavDb db, UsageMonthTotals.Accumulator sums, Func<Task<int>> save, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (own)
        {
            var written = await save();
            await UsageMonthTotals.AddAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), sums, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return written;
        }
    }
}
