using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Servicenav.Pricing;

namespace Servicenav.Billing.Data;

/// <summary>
/// Writes a run's usage lines in the open transaction: binary COPY on PostgreSQL, one prepared insert reused on
/// SQLite (in-process, so a statement per line costs microseconds). Every line carries its price-list version.
/// </summary>
internal abstract class InvoiceLineBulkWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "InvoiceId", "CustomerId", "Period", "UsagePeriod", "RunId", "Kind", "ServiceCode", "Text", "Unit", "QuantityMilli", "UnitPrice", "Amount",
        "Ansvar", "Verksamhet", "Projekt", "Aktivitet", "UsageCount", "PriceListId", "PriceListYear", "PriceListVersion", "Diarienummer",
    ];

    private static string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));

    public static InvoiceLineBulkWriter Open(DbConnection connection, DbTransaction? transaction) =>
        connection is NpgsqlConnection npgsql ? new Postgres(npgsql) : new Sqlite((SqliteConnection)connection, (SqliteTransaction?)transaction);

    public abstract void Write(
        Guid invoiceId, Guid customerId, int period, Guid runId, string kind, string serviceCode, string unit, long quantityMilli, long unitPrice,
        long amount, string? ansvar, string? verksamhet, string? projekt, string? aktivitet, long usageCount, PricesInForce prices);

    public abstract void Complete();

    public abstract void Dispose();

    private sealed class Postgres(NpgsqlConnection connection) : InvoiceLineBulkWriter
    {
        private readonly NpgsqlBinaryImporter _copy = connection.BeginBinaryImport($"COPY \"InvoiceLines\" ({ColumnList}) FROM STDIN (FORMAT BINARY)");

        public override void Write(
            Guid invoiceId, Guid customerId, int period, Guid runId, string kind, string serviceCode, string unit, long quantityMilli, long unitPrice,
            long amount, string? ansvar, string? verksamhet, string? projekt, string? aktivitet, long usageCount, PricesInForce prices)
        {
            _copy.StartRow();
            _copy.Write(invoiceId, NpgsqlDbType.Uuid);
            _copy.Write(customerId, NpgsqlDbType.Uuid);
            _copy.Write(period, NpgsqlDbType.Integer);
            _copy.Write(period, NpgsqlDbType.Integer);
            _copy.Write(runId, NpgsqlDbType.Uuid);
            _copy.Write(kind, NpgsqlDbType.Varchar);
            _copy.Write(serviceCode, NpgsqlDbType.Varchar);
            _copy.Write("", NpgsqlDbType.Varchar);
            _copy.Write(unit, NpgsqlDbType.Varchar);
            _copy.Write(quantityMilli, NpgsqlDbType.Bigint);
            _copy.Write(unitPrice, NpgsqlDbType.Bigint);
            _copy.Write(amount, NpgsqlDbType.Bigint);
            WriteNullable(ansvar);
            WriteNullable(verksamhet);
            WriteNullable(projekt);
            WriteNullable(aktivitet);
            _copy.Write(usageCount, NpgsqlDbType.Bigint);
            _copy.Write(prices.PriceListId, NpgsqlDbType.Uuid);
            _copy.Write(prices.Year, NpgsqlDbType.Integer);
            _copy.Write(prices.Version, NpgsqlDbType.Integer);
            _copy.Write(prices.Diarienummer, NpgsqlDbType.Varchar);
        }

        public override void Complete() => _copy.Complete();

        public override void Dispose() => _copy.Dispose();

        private void WriteNullable(string? value)
        {
            if (value is null)
            {
                _copy.WriteNull();
            }
            else
            {
                _copy.Write(value, NpgsqlDbType.Varchar);
            }
        }
    }

    private sealed class Sqlite : InvoiceLineBulkWriter
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter[] _values;

        public Sqlite(SqliteConnection connection, SqliteTransaction? transaction)
        {
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText = $"INSERT INTO \"InvoiceLines\" ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
            _values = Columns.Select((_, i) => _insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            _insert.Prepare();
        }

        public override void Write(
            Guid invoiceId, Guid customerId, int period, Guid runId, string kind, string serviceCode, string unit, long quantityMilli, long unitPrice,
            long amount, string? ansvar, string? verksamhet, string? projekt, string? aktivitet, long usageCount, PricesInForce prices)
        {
            object?[] values =
            [
                Id(invoiceId), Id(customerId), period, period, Id(runId), kind, serviceCode, "", unit, quantityMilli, unitPrice, amount,
                ansvar, verksamhet, projekt, aktivitet, usageCount, Id(prices.PriceListId), prices.Year, prices.Version, prices.Diarienummer,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                _values[i].Value = values[i] ?? DBNull.Value;
            }

            _insert.ExecuteNonQuery();
        }

        public override void Complete()
        {
        }

        public override void Dispose() => _insert.Dispose();

        /// <summary>A Guid as EF Core stores it on SQLite: upper-case text.</summary>
        private static string Id(Guid id) => id.ToString("D").ToUpperInvariant();
    }
}
