using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Servicenav.Data;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// Gives out the next number of a year from a counter table ("Year", "LastSequence") with one upsert … RETURNING
/// (PostgreSQL and SQLite ≥ 3.35 both speak it). Run inside the transaction that stores the numbered record, so a
/// failed record does not use up a number and two concurrent ones never get the same (the counter row is locked until
/// the first commits). Problem numbers use it; case numbers use <see cref="TakeAsync"/>.
/// </summary>
internal static class YearCounters
{
    public static async Task<long> NextAsync(ServicenavDb db, string counterTable, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert(counterTable);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Can <see cref="TakeAsync"/> give a number in a transaction of its own? On PostgreSQL outside a caller's
    /// transaction. SQLite has one writer at a time anyway, so there the number is taken in the record's transaction.
    /// </summary>
    public static bool CanTakeAhead(ServicenavDb db) => db.Database.IsNpgsql() && db.Database.CurrentTransaction is null;

    /// <summary>
    /// The next number in a short transaction of its own, committed before the record is saved: the counter row is
    /// locked for one statement, not until the record's commit, so concurrent records are not queued one commit at a
    /// time. A record that then fails to save leaves a gap; numbers stay unique and increasing. The counter's commit is
    /// not waited for (synchronous_commit off): the record's own commit comes later in the same write-ahead log and
    /// flushes it too, so a number can only be lost together with the record that took it. The transaction is one
    /// batch (BEGIN … COMMIT in one command): one round trip to the server instead of three.
    /// </summary>
    public static async Task<long> TakeAsync(ServicenavDb db, string counterTable, int year, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN;\nSET LOCAL synchronous_commit TO OFF;\n" + Upsert(counterTable) + ";\nCOMMIT";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (reader.FieldCount == 0 && await reader.NextResultAsync(cancellationToken))
            {
            }

            return await reader.ReadAsync(cancellationToken)
                ? reader.GetInt64(0)
                : throw new InvalidOperationException($"{counterTable}: the counter gave no number.");
        }
        catch (System.Data.Common.DbException)
        {
            await EndFailedBatchAsync(connection);
            throw;
        }
    }

    /// <summary>A failed statement leaves the batch's transaction open and aborted; it is ended before the connection is reused.</summary>
    private static async Task EndFailedBatchAsync(System.Data.Common.DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var rollback = connection.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (System.Data.Common.DbException)
        {
            // The connection itself failed: the pool discards it, and the caller sees the first error.
        }
    }

    // The table name is one of this module's constants, never input.
    private static string Upsert(string counterTable) =>
        $"""
        INSERT INTO "{counterTable}" ("Year", "LastSequence") VALUES (@year, 1)
        ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = "{counterTable}"."LastSequence" + 1
        RETURNING "LastSequence"
        """;
}
