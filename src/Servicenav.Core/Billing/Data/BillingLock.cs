using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Data;

/// <summary>
/// Opens the one transaction a billing run (or a close) of a month works in, and makes it exclusive per month.
/// PostgreSQL: a transaction-scoped advisory lock on (billing, yyyymm), taken with <c>pg_try_advisory_xact_lock</c>
/// so a second run is refused at once instead of queueing. SQLite: <c>BEGIN IMMEDIATE</c> (the database's one
/// write lock) with a short busy timeout; a writer still holding it after that is taken to be another run.
/// Either way the loser gets <see cref="OneRunPerPeriodAtATimeRule"/>'s Swedish message.
/// </summary>
internal static class BillingLock
{
    /// <summary>The first key of the advisory lock: "billing" (other modules use other numbers).</summary>
    private const int AdvisoryLockClass = 0x42_49_4C_4C;

    /// <summary>Seconds SQLite waits for another writer before the run gives up.</summary>
    private const int SqliteBusySeconds = 1;

    public static async Task<IDbContextTransaction> BeginExclusiveAsync(ServicenavDb db, Period period, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var previous = connection.DefaultTimeout;
            connection.DefaultTimeout = SqliteBusySeconds;
            try
            {
                // Microsoft.Data.Sqlite starts a non-deferred transaction with BEGIN IMMEDIATE.
                return await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
            {
                throw new BusinessRuleException(new OneRunPerPeriodAtATimeRule(period));
            }
            finally
            {
                connection.DefaultTimeout = previous;
            }
        }

        var transaction = await db.Database.BeginTransactionAsync(ct);
        var locked = await db.Database
            .SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock({0}, {1}) AS \"Value\"", AdvisoryLockClass, period.Key)
            .SingleAsync(ct);
        if (!locked)
        {
            await transaction.DisposeAsync();
            throw new BusinessRuleException(new OneRunPerPeriodAtATimeRule(period));
        }

        return transaction;
    }
}
