using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Billing.Features;
using Servicenav.Data;

namespace Servicenav.Billing.Data;

/// <summary>
/// Writes checked usage rows straight into UsageRecords in the open transaction: Npgsql binary COPY on PostgreSQL,
/// one prepared insert reused on SQLite (<see cref="SqliteBulkStatement"/>). A source reference already stored (or twice
/// in the batch) breaks the primary key: <see cref="IsDuplicateReference"/> tells that failure from others. While a COPY
/// runs the connection takes no other command: <see cref="Flush"/> ends it (the next row starts another), so a lookup can run between.
/// </summary>
internal abstract class UsageRecordBulkWriter : IDisposable
{
    protected const string Columns =
        "\"Id\", \"CustomerId\", \"ServiceCode\", \"Period\", \"QuantityMilli\", \"Unit\", \"SourceReference\", \"CorrectsSourceReference\", " +
        "\"Ansvar\", \"Verksamhet\", \"Projekt\", \"Aktivitet\", \"OrganisationUnit\", \"BatchId\", \"ReceivedAtUtc\"";

    public static UsageRecordBulkWriter Open(DbConnection connection, DbTransaction transaction, Guid batchId, DateTime receivedAtUtc) =>
        connection is NpgsqlConnection npgsql
            ? new Postgres(npgsql, batchId, receivedAtUtc)
            : new Sqlite((SqliteConnection)connection, batchId, receivedAtUtc);

    /// <summary>True when the exception is the source-reference key refusing a row.</summary>
    public static bool IsDuplicateReference(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        SqliteException s => (s.SqliteErrorCode & 0xFF) == 19, // SQLITE_CONSTRAINT, extended codes included
        _ => false,
    };

    public abstract void Write(in StagedUsageRow row, in UsageResolution resolved);

    /// <summary>Sends what is written so far; a repeated source reference surfaces here at the latest.</summary>
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
        private readonly SqliteBulkStatement _insert;

        public Sqlite(SqliteConnection connection, Guid batchId, DateTime receivedAtUtc)
        {
            _insert = SqliteBulkStatement.Prepare(connection, $"INSERT INTO \"UsageRecords\" ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 15))})");
            _insert.Bind(14, batchId); // the same on every row: bound once, kept across executions
            _insert.Bind(15, receivedAtUtc);
        }

        public override void Write(in StagedUsageRow row, in UsageResolution resolved)
        {
            _insert.Bind(1, row.Id);
            _insert.Bind(2, resolved.CustomerIdText);
            _insert.Bind(3, resolved.ServiceCode);
            _insert.Bind(4, row.Period);
            _insert.Bind(5, row.QuantityMilli);
            _insert.Bind(6, resolved.Unit);
            _insert.Bind(7, row.SourceReference);
            _insert.Bind(8, row.CorrectsReference);
            _insert.Bind(9, row.Ansvar);
            _insert.Bind(10, row.Verksamhet);
            _insert.Bind(11, row.Projekt);
            _insert.Bind(12, row.Aktivitet);
            _insert.Bind(13, row.OrganisationUnit);
            _insert.Execute();
        }

        public override void Flush()
        {
        }

        public override void Dispose() => _insert.Dispose();
    }
}
