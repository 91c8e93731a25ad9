using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Data;

/// <summary>
/// Keeps <see cref="UsageMonthTotal"/> in step with UsageRecords: each import adds its batch's sums in its own
/// transaction (an upsert per key, keys in one order so two concurrent imports lock them alike), so does a record saved
/// through EF Core (<see cref="UsageSavedThroughEf"/>), and <see cref="RebuildAsync"/> recomputes a month from its
/// records (the repair for records written past both, e.g. by hand in SQL).
/// </summary>
internal static class UsageMonthTotals
{
    private const string KeyColumns = "\"Period\", \"CustomerId\", \"ServiceCode\", \"Ansvar\", \"Verksamhet\", \"Projekt\", \"Aktivitet\"";

    private const string Upsert = $"""
         ON CONFLICT ({KeyColumns}) DO UPDATE SET
            "QuantityMilli" = "UsageMonthTotals"."QuantityMilli" + excluded."QuantityMilli",
            "UsageCount" = "UsageMonthTotals"."UsageCount" + excluded."UsageCount"
        """;

    /// <summary>The account string as the totals key it: a part not named is "" (a key column cannot be null).</summary>
    public static string AccountKey(string ansvar, string verksamhet, string projekt, string aktivitet) =>
        $"COALESCE({ansvar}, ''), COALESCE({verksamhet}, ''), COALESCE({projekt}, ''), COALESCE({aktivitet}, '')";

    /// <summary>
    /// The staging path's share: the accepted, non-correction rows of the staging table summed into the totals
    /// (<paramref name="from"/> joins the staging rows to their customer and canonical service code as s, k, p).
    /// </summary>
    public static string AddFromStagingSql(string from)
    {
        var account = AccountKey("s.ansvar", "s.verksamhet", "s.projekt", "s.aktivitet");
        return $"""
            INSERT INTO "UsageMonthTotals" ({KeyColumns}, "QuantityMilli", "UsageCount")
            SELECT s.period, k.customer_id, p.service_code, {account}, SUM(s.quantity_milli), COUNT(*)
            {from}
            WHERE s.skip = 0 AND s.corrects_ref IS NULL
            GROUP BY s.period, k.customer_id, p.service_code, {account}
            ORDER BY 1, 2, 3, 4, 5, 6, 7
            {Upsert}
            """;
    }

    /// <summary>
    /// Adds one batch's sums (from <see cref="Accumulator"/>) in the open transaction: on PostgreSQL one statement over
    /// nine arrays, on SQLite one prepared single-row upsert reused (statements with thousands of named parameters cost
    /// seconds to bind — measured).
    /// </summary>
    public static async Task AddAsync(DbConnection connection, DbTransaction transaction, Accumulator sums, CancellationToken ct)
    {
        var rows = sums.InKeyOrder().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        if (connection is NpgsqlConnection npgsql)
        {
            await using var command = new NpgsqlCommand($"""
                INSERT INTO "UsageMonthTotals" ({KeyColumns}, "QuantityMilli", "UsageCount")
                SELECT * FROM unnest(@period, @customer, @service, @ansvar, @verksamhet, @projekt, @aktivitet, @milli, @count)
                {Upsert}
                """, npgsql, (NpgsqlTransaction)transaction) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter<int[]>("period", rows.Select(r => r.Key.Period).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("customer", rows.Select(r => r.Key.CustomerId).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("service", rows.Select(r => r.Key.ServiceCode).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("ansvar", rows.Select(r => r.Key.Ansvar).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("verksamhet", rows.Select(r => r.Key.Verksamhet).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("projekt", rows.Select(r => r.Key.Projekt).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<string[]>("aktivitet", rows.Select(r => r.Key.Aktivitet).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<long[]>("milli", rows.Select(r => r.Sum.Milli).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<long[]>("count", rows.Select(r => r.Sum.Count).ToArray()));
            await command.ExecuteNonQueryAsync(ct);
            return;
        }

        using var upsert = SqliteBulkStatement.Prepare(
            (SqliteConnection)connection, $"INSERT INTO \"UsageMonthTotals\" ({KeyColumns}, \"QuantityMilli\", \"UsageCount\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?){Upsert}");
        foreach (var (key, sum) in rows)
        {
            upsert.Bind(1, key.Period);
            upsert.Bind(2, key.CustomerId);
            upsert.Bind(3, key.ServiceCode);
            upsert.Bind(4, key.Ansvar);
            upsert.Bind(5, key.Verksamhet);
            upsert.Bind(6, key.Projekt);
            upsert.Bind(7, key.Aktivitet);
            upsert.Bind(8, sum.Milli);
            upsert.Bind(9, sum.Count);
            upsert.Execute();
        }

        ct.ThrowIfCancellationRequested();
    }

    /// <summary>Recomputes one month's totals from its records, in the caller's transaction if it has one.</summary>
    public static async Task RebuildAsync(ServicenavDb db, Period period, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"UsageMonthTotals\" WHERE \"Period\" = {0}", [period.Key], ct);
        var account = AccountKey("\"Ansvar\"", "\"Verksamhet\"", "\"Projekt\"", "\"Aktivitet\"");
        var sql = $$"""
            INSERT INTO "UsageMonthTotals" ({{KeyColumns}}, "QuantityMilli", "UsageCount")
            SELECT "Period", "CustomerId", "ServiceCode", {{account}}, SUM("QuantityMilli"), COUNT(*)
            FROM "UsageRecords"
            WHERE "Period" = {0} AND "CorrectsSourceReference" IS NULL
            GROUP BY "Period", "CustomerId", "ServiceCode", {{account}}
            """;
        await db.Database.ExecuteSqlRawAsync(sql, [period.Key], ct);
    }

    /// <summary>One batch's sums per key, built in memory while the direct import writes the rows (~one entry per thousand rows).</summary>
    public sealed class Accumulator
    {
        private readonly Dictionary<Key, (long Milli, long Count)> _sums = [];

        public int Count => _sums.Count;

        public void Add(int period, Guid customerId, string serviceCode, string? ansvar, string? verksamhet, string? projekt, string? aktivitet, long milli)
        {
            var key = new Key(period, customerId, serviceCode, ansvar ?? "", verksamhet ?? "", projekt ?? "", aktivitet ?? "");
            ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sums, key, out _);
            sum = (sum.Milli + milli, sum.Count + 1);
        }

        /// <summary>Sorted as the databases sort the key (a uuid by its bytes, as its text sorts; text by code point).</summary>
        public IEnumerable<(Key Key, (long Milli, long Count) Sum)> InKeyOrder() =>
            _sums.OrderBy(s => s.Key.Period)
                .ThenBy(s => s.Key.CustomerId.ToString("D"), StringComparer.Ordinal)
                .ThenBy(s => s.Key.ServiceCode, StringComparer.Ordinal)
                .ThenBy(s => s.Key.Ansvar, StringComparer.Ordinal)
                .ThenBy(s => s.Key.Verksamhet, StringComparer.Ordinal)
                .ThenBy(s => s.Key.Projekt, StringComparer.Ordinal)
                .ThenBy(s => s.Key.Aktivitet, StringComparer.Ordinal)
                .Select(s => (s.Key, s.Value));
    }

    public readonly record struct Key(int Period, Guid CustomerId, string ServiceCode, string Ansvar, string Verksamhet, string Projekt, string Aktivitet);
}
