using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Billing.Features;

namespace Servicenav.Billing.Data;

/// <summary>
/// Writes checked usage rows straight into UsageRecords in the open transaction: Npgsql binary COPY on PostgreSQL,
/// one prepared insert reused on SQLite. A source reference already stored (or twice in the batch) breaks the
/// unique index: <see cref="IsDuplicateReference"/> tells that failure from others. While a COPY runs the connection
/// takes no other command: <see cref="Flush"/> ends it (the next row starts another), so a lookup can run between.
/// </summary>
internal abstract class UsageRecordBulkWriter : IDisposable
{
    protected const string Columns =
        "\"Id\", \"CustomerId\", \"ServiceCode\", \"Period\", \"QuantityMilli\", \"Unit\", \"SourceReference\", \"CorrectsSourceReference\", " +
        "\"Ansvar\", \"Verksamhet\", \"Projekt\", \"Aktivitet\", \"OrganisationUnit\", \"BatchId\", \"ReceivedAtUtc\"";

    public static UsageRecordBulkWriter Open(DbConnection connection, DbTransaction transaction, Guid batchId, DateTime receivedAtUtc) =>
        connection is NpgsqlConnection npgsql
            ? new Postgres(npgsql, batchId, receivedAtUtc)
            : new Sqlite((SqliteConnection)connection, (SqliteTransaction)transaction, batchId, receivedAtUtc);

    /// <summary>True when the exception is the unique source-reference index refusing a row.</summary>
    public static bool IsDuplicateReference(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        SqliteException { SqliteErrorCode: 19 } => true, // SQLITE_CONSTRAINT
        _ => false,
    };

    public abstract void Write(in StagedUsageRow row, in UsageResolution resolved);

    /// <summary>A Guid as EF Core stores it on SQLite (upper-case text), in one allocation: this runs once per row.</summary>
    public static string SqliteId(Guid id) => string.Create(36, id, static (chars, g) =>
    {
        g.TryFormat(chars, out _, "D");
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.ToUpperInvariant(chars[i]);
        }
    });

    /// <summary>Sends what is written so far; a unique-index failure surfaces here at the latest.</summary>
    public abstract void Flush();

    public abstract void Dispose();

    private sealed class Postgres(NpgsqlConnection connection, Guid batchId, DateTime receivedAtUtc) : UsageRecordBulkWriter
    {
        private NpgsqlBinaryImporter? _open;

        private NpgsqlBinaryImporter Copy =>
            _open ??= connection.BeginBinaryImport($"COPY \"UsageRecords\" ({Columns}) FROM STDIN (FORMAT BINARY)");

        public override void Write(in StagedUsageRow row, in UsageResolution resolved)
        {
            var copy = Copy;
            copy.StartRow();
            copy.Write(row.Id, NpgsqlDbType.Uuid);
            copy.Write(resolved.CustomerId, NpgsqlDbType.Uuid);
            copy.Write(resolved.ServiceCode, NpgsqlDbType.Varchar);
            copy.Write(row.Period, NpgsqlDbType.Integer);
            copy.Write(row.QuantityMilli, NpgsqlDbType.Bigint);
            copy.Write(resolved.Unit, NpgsqlDbType.Varchar);
            copy.Write(row.SourceReference, NpgsqlDbType.Varchar);
            WriteNullable(copy, row.CorrectsReference);
            WriteNullable(copy, row.Ansvar);
            WriteNullable(copy, row.Verksamhet);
            WriteNullable(copy, row.Projekt);
            WriteNullable(copy, row.Aktivitet);
            WriteNullable(copy, row.OrganisationUnit);
            copy.Write(batchId, NpgsqlDbType.Uuid);
            copy.Write(receivedAtUtc, NpgsqlDbType.TimestampTz);
        }

        public override void Flush()
        {
            if (_open is { } copy)
            {
                _open = null;
                using (copy)
                {
                    copy.Complete();
                }
            }
        }

        // Disposing a COPY that was not completed cancels it: nothing of it is written.
        public override void Dispose() => _open?.Dispose();

        private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
        {
            if (value is null)
            {
                copy.WriteNull();
            }
            else
            {
                copy.Write(value, NpgsqlDbType.Varchar);
            }
        }
    }

    private sealed class Sqlite : UsageRecordBulkWriter
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter[] _values;

        public Sqlite(SqliteConnection connection, SqliteTransaction transaction, Guid batchId, DateTime receivedAtUtc)
        {
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText = $"INSERT INTO \"UsageRecords\" ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, 15).Select(i => "$p" + i))})";
            _values = Enumerable.Range(0, 15).Select(i => _insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            _values[13].Value = SqliteId(batchId);
            _values[14].Value = receivedAtUtc;
            _insert.Prepare();
        }

        public override void Write(in StagedUsageRow row, in UsageResolution resolved)
        {
            _values[0].Value = SqliteId(row.Id);
            _values[1].Value = resolved.CustomerIdText;
            _values[2].Value = resolved.ServiceCode;
            _values[3].Value = row.Period;
            _values[4].Value = row.QuantityMilli;
            _values[5].Value = resolved.Unit;
            _values[6].Value = row.SourceReference;
            _values[7].Value = (object?)row.CorrectsReference ?? DBNull.Value;
            _values[8].Value = (object?)row.Ansvar ?? DBNull.Value;
            _values[9].Value = (object?)row.Verksamhet ?? DBNull.Value;
            _values[10].Value = (object?)row.Projekt ?? DBNull.Value;
            _values[11].Value = (object?)row.Aktivitet ?? DBNull.Value;
            _values[12].Value = (object?)row.OrganisationUnit ?? DBNull.Value;
            _insert.ExecuteNonQuery();
        }

        public override void Flush()
        {
        }

        public override void Dispose() => _insert.Dispose();
    }
}
