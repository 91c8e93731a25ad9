using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Data;

namespace Servicenav.Ledger.Data;

/// <summary>A ledger line ready to be written in bulk (the columns of <c>LedgerLines</c> but the id).</summary>
internal readonly record struct LedgerRowValues(
    DateOnly Date, string Account, string AccountName, string AccountGroup, string AccountGroupName, int AccountClass,
    string Ansvar, string? Voucher, string Text, long AmountOre);

/// <summary>
/// Writes ledger lines in the caller's transaction without EF entities: binary COPY on PostgreSQL, one prepared
/// INSERT reused per row on SQLite. The caller commits or rolls back (all-or-nothing).
/// </summary>
internal static class LedgerBulkWriter
{
    private const string Columns =
        "\"ImportId\", \"Year\", \"Kind\", \"Date\", \"Account\", \"AccountName\", \"AccountGroup\", \"AccountGroupName\", " +
        "\"AccountClass\", \"Ansvar\", \"Voucher\", \"Text\", \"AmountOre\"";

    private static readonly string[] ParameterNames = ["$i", "$y", "$k", "$d", "$a", "$an", "$g", "$gn", "$c", "$r", "$v", "$t", "$o"];

    public static Task WriteAsync(ServicenavDb db, Guid importId, int year, LedgerKind kind, IEnumerable<LedgerRowValues> rows, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), importId, year, kind, rows, ct)
            : InsertAsync((SqliteConnection)db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), importId, year, kind, rows, ct);

    private static async Task CopyAsync(NpgsqlConnection connection, Guid importId, int year, LedgerKind kind, IEnumerable<LedgerRowValues> rows, CancellationToken ct)
    {
        var kindText = kind.ToString();
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY \"{LedgerRowConfiguration.Table}\" ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(importId, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(year, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(kindText, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.Date, NpgsqlDbType.Date, ct);
            await import.WriteAsync(r.Account, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.AccountName, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.AccountGroup, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.AccountGroupName, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.AccountClass, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(r.Ansvar, NpgsqlDbType.Varchar, ct);
            if (r.Voucher is null)
            {
                await import.WriteNullAsync(ct);
            }
            else
            {
                await import.WriteAsync(r.Voucher, NpgsqlDbType.Varchar, ct);
            }

            await import.WriteAsync(r.Text, NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(r.AmountOre, NpgsqlDbType.Bigint, ct);
        }

        await import.CompleteAsync(ct);
    }

    private static async Task InsertAsync(SqliteConnection connection, DbTransaction transaction, Guid importId, int year, LedgerKind kind, IEnumerable<LedgerRowValues> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"INSERT INTO \"{LedgerRowConfiguration.Table}\" ({Columns}) VALUES ($i, $y, $k, $d, $a, $an, $g, $gn, $c, $r, $v, $t, $o)";
        var p = ParameterNames.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();

        // EF's SQLite provider stores Guid as upper-case text and DateOnly as yyyy-MM-dd: write them the same way.
        p[0].Value = importId.ToString().ToUpperInvariant();
        p[1].Value = year;
        p[2].Value = kind.ToString();
        command.Prepare();
        foreach (var r in rows)
        {
            ct.ThrowIfCancellationRequested();
            p[3].Value = r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            p[4].Value = r.Account;
            p[5].Value = r.AccountName;
            p[6].Value = r.AccountGroup;
            p[7].Value = r.AccountGroupName;
            p[8].Value = r.AccountClass;
            p[9].Value = r.Ansvar;
            p[10].Value = (object?)r.Voucher ?? DBNull.Value;
            p[11].Value = r.Text;
            p[12].Value = r.AmountOre;
            command.ExecuteNonQuery(); // Microsoft.Data.Sqlite's async is this call wrapped in a task: sync is faster per row.
        }
    }
}
