using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Servicenav.Data;

namespace Servicenav.Billing.Data;

/// <summary>
/// The month's usage summed per customer × service × account string (about 30 000 groups for a million rows),
/// the one pass over the usage rows a billing run makes. Each database the way it is fastest:
/// PostgreSQL hashes the groups itself; SQLite has no hash aggregate (its GROUP BY sorts the month), so the rows are
/// streamed once through a dictionary of groups here. Memory follows the groups, never the rows.
/// </summary>
internal static class UsageLineSums
{
    private const string Groups = "u.\"CustomerId\", u.\"ServiceCode\", u.\"Ansvar\", u.\"Verksamhet\", u.\"Projekt\", u.\"Aktivitet\"";

    public static async Task<List<UsageGroup>> ForMonthAsync(ServicenavDb db, int period, string usageFilter, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return connection is NpgsqlConnection
            ? await InDatabase(connection, transaction, period, usageFilter, ct)
            : await Streamed(connection, transaction, period, usageFilter, ct);
    }

    private static async Task<List<UsageGroup>> InDatabase(DbConnection connection, DbTransaction? transaction, int period, string usageFilter, CancellationToken ct)
    {
        // A month has a few groups per thousand rows, so hashing them is always right; but the planner, guessing the
        // group count from six mostly-null columns (or from no statistics right after a bulk import), sorts the month
        // instead: two to three times slower (measured). For this transaction only: no sort, and work memory that
        // holds the hash table (30 000 groups ≈ 6 MB) without spilling.
        await using (var setting = Command(connection, transaction, "SET LOCAL enable_sort = off; SET LOCAL work_mem = '64MB'", null))
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        var groups = new List<UsageGroup>();
        await using var command = Command(connection, transaction, $"""
            SELECT {Groups}, CAST(SUM(u."QuantityMilli") AS bigint), COUNT(*)
            FROM "UsageRecords" u WHERE u."Period" = @period{usageFilter}
            GROUP BY {Groups}
            """, period);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            groups.Add(new UsageGroup(reader.GetGuid(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                reader.GetInt64(6), reader.GetInt64(7)));
        }

        await reader.DisposeAsync();
        await using (var reset = Command(connection, transaction, "SET LOCAL enable_sort = on; SET LOCAL work_mem TO DEFAULT", null))
        {
            await reset.ExecuteNonQueryAsync(ct);
        }

        return groups;
    }

    private static async Task<List<UsageGroup>> Streamed(DbConnection connection, DbTransaction? transaction, int period, string usageFilter, CancellationToken ct)
    {
        var sums = new Dictionary<GroupKey, (long Milli, long Count)>();
        await using (var command = Command(connection, transaction, $"""
            SELECT {Groups}, u."QuantityMilli" FROM "UsageRecords" u WHERE u."Period" = @period{usageFilter}
            """, period))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (reader.Read()) // synchronous on purpose: SQLite reads in-process, a task per row would only cost
            {
                var key = new GroupKey(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5));
                var sum = sums.GetValueOrDefault(key);
                sums[key] = (sum.Milli + reader.GetInt64(6), sum.Count + 1);
            }
        }

        return sums.Select(s => new UsageGroup(Guid.Parse(s.Key.CustomerId), s.Key.ServiceCode, s.Key.Ansvar, s.Key.Verksamhet, s.Key.Projekt,
            s.Key.Aktivitet, s.Value.Milli, s.Value.Count)).ToList();
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, int? period)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        if (period is null)
        {
            return command;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = "@period";
        parameter.Value = period;
        command.Parameters.Add(parameter);
        return command;
    }

    private readonly record struct GroupKey(string CustomerId, string ServiceCode, string? Ansvar, string? Verksamhet, string? Projekt, string? Aktivitet);
}
