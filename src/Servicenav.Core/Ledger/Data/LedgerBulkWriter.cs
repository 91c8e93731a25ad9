using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Data;

namespace Servicenav.Ledger.Data;

/// <summary>A ledger line ready to be written in bulk (the columns of <c>LedgerLines</c> but the id).</summary>
internal readonly record struct LedgerRowValues(
    DateOnly Date, string Account, string AccountName, string AccountGroup, string AccountGroupName, int AccountClass,
    string Ansvar, string? Voucher, string Text, long AmountOre);

/// <summary>
/// Writes ledger lines in the caller's transaction without EF entities, as the rows stream past: binary COPY on
/// PostgreSQL, one prepared insert reused per row on SQLite (<see cref="SqliteBulkStatement"/>). The caller commits or
/// rolls back (all-or-nothing). Both write synchronously: the rows come from a file being read on this thread, and a
/// task per value cost more than the write (measured).
/// </summary>
internal static class LedgerBulkWriter
{
    private const string Columns =
        "\"ImportId\", \"Year\", \"Kind\", \"Date\", \"Account\", \"AccountName\", \"AccountGroup\", \"AccountGroupName\", " +
        "\"AccountClass\", \"Ansvar\", \"Voucher\", \"Text\", \"AmountOre\"";

    public static void Write(ServicenavDb db, Guid importId, int year, LedgerKind kind, IEnumerable<LedgerRowValues> rows, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            Copy((NpgsqlConnection)db.Database.GetDbConnection(), importId, year, kind, rows, ct);
        }
        else
        {
            Insert((SqliteConnection)db.Database.GetDbConnection(), importId, year, kind, rows, ct);
        }
    }

    private static void Copy(NpgsqlConnection connection, Guid importId, int year, LedgerKind kind, IEnumerable<LedgerRowValues> rows, CancellationToken ct)
    {
        var kindText = kind.ToString();
        var written = 0;
        using var import = connection.BeginBinaryImport($"COPY \"{LedgerRowConfiguration.Table}\" ({Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var r in rows)
        {
            if ((++written & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            import.StartRow();
            import.Write(importId, NpgsqlDbType.Uuid);
            import.Write(year, NpgsqlDbType.Integer);
            import.Write(kindText, NpgsqlDbType.Varchar);
            import.Write(r.Date, NpgsqlDbType.Date);
            import.Write(r.Account, NpgsqlDbType.Varchar);
            import.Write(r.AccountName, NpgsqlDbType.Varchar);
            import.Write(r.AccountGroup, NpgsqlDbType.Varchar);
            import.Write(r.AccountGroupName, NpgsqlDbType.Varchar);
            import.Write(r.AccountClass, NpgsqlDbType.Integer);
            import.Write(r.Ansvar, NpgsqlDbType.Varchar);
            if (r.Voucher is null)
            {
                import.WriteNull();
            }
            else
            {
                import.Write(r.Voucher, NpgsqlDbType.Varchar);
            }

            import.Write(r.Text, NpgsqlDbType.Varchar);
            import.Write(r.AmountOre, NpgsqlDbType.Bigint);
        }

        import.Complete();
    }

    private static void Insert(SqliteConnection connection, Guid importId, int year, LedgerKind kind, IEnumerable<LedgerRowValues> rows, CancellationToken ct)
    {
        using var insert = SqliteBulkStatement.Prepare(connection, $"INSERT INTO \"{LedgerRowConfiguration.Table}\" ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 13))})");
        insert.Bind(1, importId); // the same on every row: bound once, kept across executions
        insert.Bind(2, year);
        insert.Bind(3, kind.ToString());
        var written = 0;
        foreach (var r in rows)
        {
            if ((++written & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            insert.Bind(4, r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); // as EF stores a DateOnly
            insert.Bind(5, r.Account);
            insert.Bind(6, r.AccountName);
            insert.Bind(7, r.AccountGroup);
            insert.Bind(8, r.AccountGroupName);
            insert.Bind(9, r.AccountClass);
            insert.Bind(10, r.Ansvar);
            insert.Bind(11, r.Voucher);
            insert.Bind(12, r.Text);
            insert.Bind(13, r.AmountOre);
            insert.Execute();
        }
    }
}
