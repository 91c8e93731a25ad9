using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Data;

namespace Servicenav.Billing.Data;

/// <summary>
/// The provider-specific part of usage import: the temporary staging table and how rows get into it fast —
/// Npgsql binary COPY on PostgreSQL, one prepared insert reused in the open transaction on SQLite (<see cref="Servicenav.Data.SqliteBulkStatement"/>).
/// Everything after staging is set-based SQL common to both (<see cref="Features.UsageImporter"/>).
/// </summary>
internal abstract class UsageStaging
{
    public const string Table = "usage_staging";

    protected const string Columns =
        "row_no, id, customer_key, service_key, period, quantity_milli, unit_key, source_ref, corrects_ref, ansvar, verksamhet, projekt, aktivitet, org_unit";

    /// <summary>The SQL type of a Guid column: uuid on PostgreSQL, TEXT (upper case, as EF Core stores it) on SQLite.</summary>
    public abstract string IdType { get; }

    /// <summary>The SQL type of a source-reference column: compared with UsageRecords' in its collation.</summary>
    public abstract string ReferenceType { get; }

    /// <summary>Turns a Guid into the value stored in this provider's Guid columns.</summary>
    public abstract object IdValue(Guid id);

    /// <summary>The one customer id of a group (PostgreSQL has no min(uuid)).</summary>
    public abstract string MinId(string column);

    public static UsageStaging For(DbConnection connection) =>
        connection is NpgsqlConnection ? new PostgresUsageStaging() : new SqliteUsageStaging();

    public string StagingColumns => $"""
        row_no integer NOT NULL, id {IdType} NOT NULL, customer_key text NOT NULL, service_key text NOT NULL,
        period integer NOT NULL, quantity_milli bigint NOT NULL, unit_key text NOT NULL, source_ref {ReferenceType} NOT NULL,
        corrects_ref {ReferenceType} NULL, ansvar text NULL, verksamhet text NULL, projekt text NULL, aktivitet text NULL,
        org_unit text NULL, skip smallint NOT NULL DEFAULT 0
        """;

    public string CreateTemp(string table, string columns) => $"CREATE TEMP TABLE {table} ({columns}){TempSuffix}";

    public abstract string DropTemp(string table);

    /// <summary>Session settings for a bulk import (and their defaults, for a pooled connection that lives on).</summary>
    public virtual string BulkSettings => "";

    public virtual string NormalSettings => "";

    /// <summary>Temp tables: dropped on commit/rollback on PostgreSQL; SQLite keeps them per connection, so drop them.</summary>
    public abstract string TempSuffix { get; }

    public abstract string Analyze(string table);

    public abstract IStagingWriter OpenWriter(DbConnection connection, DbTransaction transaction);
}

internal interface IStagingWriter : IDisposable
{
    void Write(in Features.StagedUsageRow row);

    void Complete();
}

internal sealed class PostgresUsageStaging : UsageStaging
{
    public override string IdType => "uuid";

    public override string ReferenceType => $"text COLLATE \"{UsageRecordConfiguration.OrdinalCollation}\"";

    public override string TempSuffix => " ON COMMIT DROP";

    public override object IdValue(Guid id) => id;

    public override string MinId(string column) => $"CAST(MIN(CAST({column} AS text)) AS uuid)";

    public override string Analyze(string table) => $"ANALYZE {table}";

    public override string DropTemp(string table) => $"DROP TABLE IF EXISTS pg_temp.{table}";

    public override IStagingWriter OpenWriter(DbConnection connection, DbTransaction transaction) =>
        new Writer(((NpgsqlConnection)connection).BeginBinaryImport($"COPY {Table} ({Columns}) FROM STDIN (FORMAT BINARY)"));

    private sealed class Writer(NpgsqlBinaryImporter copy) : IStagingWriter
    {
        public void Write(in Features.StagedUsageRow row)
        {
            copy.StartRow();
            copy.Write(row.Row, NpgsqlDbType.Integer);
            copy.Write(row.Id, NpgsqlDbType.Uuid);
            copy.Write(row.CustomerKey, NpgsqlDbType.Text);
            copy.Write(row.ServiceKey, NpgsqlDbType.Text);
            copy.Write(row.Period, NpgsqlDbType.Integer);
            copy.Write(row.QuantityMilli, NpgsqlDbType.Bigint);
            copy.Write(row.UnitKey, NpgsqlDbType.Text);
            copy.Write(row.SourceReference, NpgsqlDbType.Text);
            WriteNullable(row.CorrectsReference);
            WriteNullable(row.Ansvar);
            WriteNullable(row.Verksamhet);
            WriteNullable(row.Projekt);
            WriteNullable(row.Aktivitet);
            WriteNullable(row.OrganisationUnit);
        }

        public void Complete() => copy.Complete();

        public void Dispose() => copy.Dispose();

        private void WriteNullable(string? value)
        {
            if (value is null)
            {
                copy.WriteNull();
            }
            else
            {
                copy.Write(value, NpgsqlDbType.Text);
            }
        }
    }
}

internal sealed class SqliteUsageStaging : UsageStaging
{
    public override string IdType => "TEXT";

    public override string ReferenceType => "text";

    public override string TempSuffix => "";

    public override object IdValue(Guid id) => SqliteBulkStatement.GuidText(id);

    public override string MinId(string column) => $"MIN({column})";

    public override string Analyze(string table) => ""; // the checks join on small keyed tables: index lookups need no statistics

    public override string DropTemp(string table) => $"DROP TABLE IF EXISTS temp.{table}";

    // A 2 MB page cache (the default) makes a million random index inserts go to disk pages again and again:
    // 128 MB, for this connection while it imports, halves the insert time (measured).
    public override string BulkSettings => "PRAGMA cache_size = -131072";

    public override string NormalSettings => "PRAGMA cache_size = -2000";

    public override IStagingWriter OpenWriter(DbConnection connection, DbTransaction transaction) =>
        new Writer((SqliteConnection)connection);

    private sealed class Writer(SqliteConnection connection) : IStagingWriter
    {
        private readonly SqliteBulkStatement _insert =
            SqliteBulkStatement.Prepare(connection, $"INSERT INTO {Table} ({Columns}) VALUES ({string.Join(", ", Enumerable.Repeat("?", 14))})");

        public void Write(in Features.StagedUsageRow row)
        {
            _insert.Bind(1, row.Row);
            _insert.Bind(2, row.Id);
            _insert.Bind(3, row.CustomerKey);
            _insert.Bind(4, row.ServiceKey);
            _insert.Bind(5, row.Period);
            _insert.Bind(6, row.QuantityMilli);
            _insert.Bind(7, row.UnitKey);
            _insert.Bind(8, row.SourceReference);
            _insert.Bind(9, row.CorrectsReference);
            _insert.Bind(10, row.Ansvar);
            _insert.Bind(11, row.Verksamhet);
            _insert.Bind(12, row.Projekt);
            _insert.Bind(13, row.Aktivitet);
            _insert.Bind(14, row.OrganisationUnit);
            _insert.Execute();
        }

        public void Complete()
        {
        }

        public void Dispose() => _insert.Dispose();
    }
}
