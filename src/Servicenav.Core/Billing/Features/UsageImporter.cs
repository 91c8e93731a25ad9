using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Billing.Data;
using Servicenav.Billing.Domain;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// Every usage batch (CSV, API) goes first through <see cref="DirectUsageImport"/>: one pass, rows checked in memory
/// and written straight into UsageRecords. When that path gives up (any bad row, a reference already stored), its
/// transaction is rolled back and the batch is read again through the staging path, in one transaction:
/// 1. stream the rows through the per-row checks into a temporary staging table (COPY / prepared inserts);
/// 2. mark rows whose source reference is already stored as skipped (idempotent re-import);
/// 3. check the rest set-based: customer, service, price and unit in force for the period, closed period,
///    duplicates in the batch — every bad row is listed;
/// 4. refused: roll back, nothing written. Accepted: INSERT … SELECT into UsageRecords and save the batch
///    (which writes its audit entry). A crash anywhere before commit leaves the database as it was.
/// </summary>
internal sealed class UsageImporter(
    ServicenavDb db, IPricesInForce prices, IClosedPeriods closedPeriods, DirectUsageImport direct, TimeProvider clock, IServiceProvider services)
{
    private const string CustomerKeys = "usage_customer_keys";
    private const string CatalogKeys = "usage_catalog_keys";
    private const string PriceUnits = "usage_price_units";

    /// <summary>The unit of fixed monthly charges (one per customer, service and month).</summary>
    public const string MonthUnit = "månad";

    private static readonly string[] TempTables = [UsageStaging.Table, CustomerKeys, CatalogKeys, PriceUnits];

    public async Task<UsageImportResult> Import(UsageBatchKind kind, string sourceName, UsageRowSource source, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var staging = UsageStaging.For(connection);
        var lap = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string step)
        {
            if (Environment.GetEnvironmentVariable("USAGE_TIMINGS") is not null)
            {
                Console.WriteLine($"  {step}: {lap.Elapsed.TotalMilliseconds:N0} ms");
            }

            lap.Restart();
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (staging.BulkSettings is { Length: > 0 } bulk)
            {
                await new Sql(connection, null).Execute(bulk, ct);
            }

            await using (var attempt = await db.Database.BeginTransactionAsync(ct))
            {
                var batchId = Guid.CreateVersion7();
                var at = clock.GetUtcNow().UtcDateTime;
                if (await direct.TryWrite(connection, attempt.GetDbTransaction(), source, batchId, at, ct) is { } written)
                {
                    Lap("direct");
                    var result = new UsageImportResult(true, batchId, written.Rows, written.Rows, 0, written.Totals, [], 0);
                    await Accept(kind, sourceName, result, at, ct);
                    await attempt.CommitAsync(ct);
                    return result;
                }

                await attempt.RollbackAsync(ct);
                Lap("direct, given up");
            }

            var errors = new UsageErrorList();
            var rows = source.Read(errors);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            var sql = new Sql(connection, tx);
            foreach (var table in TempTables)
            {
                await sql.Execute(staging.DropTemp(table), ct);
            }

            await sql.Execute(staging.CreateTemp(UsageStaging.Table, staging.StagingColumns), ct);
            var (rowsRead, periods) = Stage(staging, connection, tx, rows, errors, ct);
            Lap("stage");
            if (rowsRead == 0 && errors.Count == 0)
            {
                errors.Add(1, "", UsageMessages.EmptyBatch);
            }

            if (staging.Analyze(UsageStaging.Table) is { Length: > 0 } analyze)
            {
                await sql.Execute(analyze, ct); // PostgreSQL never auto-analyzes temp tables: give the planner the row count.
            }
            await sql.Execute($"""
                UPDATE {UsageStaging.Table} SET skip = 1
                WHERE EXISTS (SELECT 1 FROM "UsageRecords" u WHERE u."SourceReference" = {UsageStaging.Table}.source_ref)
                """, ct);
            Lap("skip existing");
            await LoadKeys(sql, staging, periods, ct);
            Lap("keys");
            await Validate(sql, errors, ct);
            Lap("validate");
            if (errors.Count > 0)
            {
                await transaction.RollbackAsync(ct);
                return UsageImportResult.Refused(rowsRead, errors.Sorted(), errors.Count);
            }

            var stagedBatchId = Guid.CreateVersion7();
            var now = clock.GetUtcNow().UtcDateTime;
            var accepted = await InsertRecords(sql, staging, stagedBatchId, now, ct);
            Lap("insert");
            var skipped = await sql.Scalar<long>($"SELECT COUNT(*) FROM {UsageStaging.Table} WHERE skip = 1", ct);
            var staged = new UsageImportResult(true, stagedBatchId, rowsRead, accepted, (int)skipped, await Totals(sql, ct), [], 0);
            await Accept(kind, sourceName, staged, now, ct);
            Lap("totals+batch");
            await transaction.CommitAsync(ct);
            Lap("commit");
            return staged;
        }
        finally
        {
            if (staging is SqliteUsageStaging)
            {
                // SQLite keeps temp tables for the connection's life (and pooled connections live on).
                var sql = new Sql(connection, null);
                foreach (var table in TempTables)
                {
                    await sql.Execute(staging.DropTemp(table), CancellationToken.None);
                }

                await sql.Execute(staging.NormalSettings, CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Saves the accepted batch (which writes its audit entry) in the import's transaction, before it commits.</summary>
    private async Task Accept(UsageBatchKind kind, string sourceName, UsageImportResult result, DateTime receivedAtUtc, CancellationToken ct)
    {
        var batch = new UsageImportBatch(result.BatchId!.Value, kind, sourceName, db.User.UserName, receivedAtUtc);
        batch.Accept(result.RowsRead, result.RowsAccepted, result.RowsSkipped, string.Join("; ", result.Totals.Select(t =>
            string.Create(SwedishCulture.Culture, $"{t.Period}: {t.Rows:N0} rader, {t.Quantity:#,##0.###}"))));
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        if (services.GetService<UsageImportHook>() is { } hook)
        {
            await hook.BeforeCommit(ct);
        }
    }

    /// <summary>The hot loop: synchronous on purpose (no per-row task), memory independent of the row count.</summary>
    private static (int Rows, HashSet<int> Periods) Stage(
        UsageStaging staging, DbConnection connection, DbTransaction tx, IEnumerable<RawUsageRow> rows, UsageErrorList errors, CancellationToken ct)
    {
        var count = 0;
        var periods = new HashSet<int>();
        using var writer = staging.OpenWriter(connection, tx);
        foreach (var raw in rows)
        {
            if ((++count & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (UsageRowParser.TryParse(raw, errors, out var row))
            {
                periods.Add(row.Period);
                writer.Write(row);
            }
        }

        writer.Complete();
        return (count, periods);
    }

    /// <summary>Small lookup tables for the set-based checks: customer keys, catalogue services, units priced per period.</summary>
    private async Task LoadKeys(Sql sql, UsageStaging staging, HashSet<int> periods, CancellationToken ct)
    {
        await sql.Execute(staging.CreateTemp(CustomerKeys, $"key text PRIMARY KEY, customer_id {staging.IdType} NULL"), ct);
        await sql.Execute($"""
            INSERT INTO {CustomerKeys} (key, customer_id)
            SELECT 'id:' || lower(CAST("Id" AS text)), "Id" FROM "Customers"
            UNION ALL
            SELECT 'nr:' || CAST("Number" AS text), "Id" FROM "Customers" WHERE "Number" IS NOT NULL
            UNION ALL
            SELECT 'org:' || replace("OrganisationNumber", '-', ''), CASE WHEN COUNT(*) = 1 THEN {staging.MinId("\"Id\"")} END
            FROM "Customers" WHERE "OrganisationNumber" IS NOT NULL GROUP BY replace("OrganisationNumber", '-', '')
            """, ct);

        await sql.Execute(staging.CreateTemp(CatalogKeys, "key text PRIMARY KEY"), ct);
        await sql.Execute($"""
            INSERT INTO {CatalogKeys} (key)
            SELECT DISTINCT lower(s."Code") FROM "CatalogServices" s JOIN "CatalogVersions" v ON v."Id" = s."CatalogVersionId"
            WHERE v."Status" = '{nameof(CatalogVersionStatus.Decided)}'
            """, ct);

        await sql.Execute(staging.CreateTemp(PriceUnits,
            "period integer NOT NULL, service_key text NOT NULL, unit_key text NOT NULL, service_code text NOT NULL, unit text NOT NULL, PRIMARY KEY (period, service_key, unit_key)"), ct);
        var priced = new List<(int Period, string Code, string Unit)>();
        foreach (var period in periods.Order())
        {
            var list = await prices.ForPeriodAsync(Period.FromKey(period), ct);
            priced.AddRange(PricedUnits(list).Select(p => (period, p.ServiceCode, p.Unit)));
        }

        // One statement per 200 pairs: a price list has a few hundred services, and round trips cost more than rows.
        foreach (var chunk in priced.DistinctBy(p => (p.Period, p.Code.ToLowerInvariant(), p.Unit.ToLowerInvariant())).Chunk(200))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(@p{i}, @s{i}, @k{i}, @c{i}, @u{i})"));
            var parameters = chunk.SelectMany((p, i) => new (string, object)[]
            {
                ($"@p{i}", p.Period), ($"@s{i}", p.Code.ToLowerInvariant()), ($"@k{i}", p.Unit.ToLowerInvariant()), ($"@c{i}", p.Code), ($"@u{i}", p.Unit),
            }).ToArray();
            await sql.Execute($"INSERT INTO {PriceUnits} (period, service_key, unit_key, service_code, unit) VALUES {values}", ct, parameters);
        }
    }

    /// <summary>
    /// The (service, unit) pairs a price list prices: per unit and hourly in the list's unit; fixed per month
    /// (<see cref="MonthUnit"/>); hybrid both — its base fee per month and its variable part per unit.
    /// </summary>
    internal static IEnumerable<(string ServiceCode, string Unit)> PricedUnits(PricesInForce? list)
    {
        foreach (var price in list?.Services ?? [])
        {
            if (price.Model is PriceModel.Fixed or PriceModel.Hybrid)
            {
                yield return (price.ServiceCode, MonthUnit);
            }

            if (price.Model is not PriceModel.Fixed && !string.IsNullOrWhiteSpace(price.Unit))
            {
                yield return (price.ServiceCode, price.Unit.Trim());
            }
        }
    }

    private async Task Validate(Sql sql, UsageErrorList errors, CancellationToken ct)
    {
        var cap = UsageImportResult.MaxErrorsListed;
        const string s = UsageStaging.Table;

        await sql.Collect($"""
            SELECT s.row_no, s.customer_key, k.key, COUNT(*) OVER () FROM {s} s LEFT JOIN {CustomerKeys} k ON k.key = s.customer_key
            WHERE s.skip = 0 AND k.customer_id IS NULL ORDER BY s.row_no LIMIT {cap}
            """, errors, r => new UsageRowError(r.GetInt32(0), UsageFields.Customer, r.IsDBNull(2)
                ? UsageRowParser.Format(UsageMessages.UnknownCustomer, UsageRowParser.CustomerText(r.GetString(1)))
                : UsageRowParser.Format(UsageMessages.AmbiguousCustomer, UsageRowParser.CustomerText(r.GetString(1)))), ct);

        await sql.Collect($"""
            SELECT s.row_no, s.service_key, COUNT(*) OVER () FROM {s} s
            WHERE s.skip = 0 AND NOT EXISTS (SELECT 1 FROM {CatalogKeys} c WHERE c.key = s.service_key) ORDER BY s.row_no LIMIT {cap}
            """, errors, r => new UsageRowError(r.GetInt32(0), UsageFields.Service, UsageRowParser.Format(UsageMessages.UnknownService, r.GetString(1))), ct);

        await sql.Collect($"""
            SELECT s.row_no, s.service_key, s.period, s.unit_key,
                   (SELECT MIN(p.unit) FROM {PriceUnits} p WHERE p.period = s.period AND p.service_key = s.service_key),
                   COUNT(*) OVER ()
            FROM {s} s
            WHERE s.skip = 0 AND EXISTS (SELECT 1 FROM {CatalogKeys} c WHERE c.key = s.service_key)
              AND NOT EXISTS (SELECT 1 FROM {PriceUnits} p WHERE p.period = s.period AND p.service_key = s.service_key AND p.unit_key = s.unit_key)
            ORDER BY s.row_no LIMIT {cap}
            """, errors, r => r.IsDBNull(4)
                ? new UsageRowError(r.GetInt32(0), UsageFields.Service, UsageRowParser.Format(UsageMessages.NoPrice, r.GetString(1), Period.FromKey(r.GetInt32(2))))
                : new UsageRowError(r.GetInt32(0), UsageFields.Unit, UsageRowParser.Format(UsageMessages.WrongUnit, r.GetString(3), r.GetString(4))), ct);

        var closed = (await closedPeriods.ClosedAsync(ct)).Select(p => p.Key.ToString(CultureInfo.InvariantCulture)).ToList();
        if (closed.Count > 0)
        {
            await sql.Collect($"""
                SELECT s.row_no, s.period, COUNT(*) OVER () FROM {s} s
                WHERE s.skip = 0 AND s.period IN ({string.Join(", ", closed)}) ORDER BY s.row_no LIMIT {cap}
                """, errors, r => new UsageRowError(r.GetInt32(0), UsageFields.Period, UsageRowParser.Format(UsageMessages.ClosedPeriod, Period.FromKey(r.GetInt32(1)))), ct);
        }

        // A correction must name a record of the same customer and service: stored before, or earlier in this batch.
        await sql.Collect($"""
            SELECT s.row_no, s.corrects_ref, COUNT(*) OVER () FROM {s} s
            JOIN {CustomerKeys} k ON k.key = s.customer_key
            WHERE s.skip = 0 AND s.corrects_ref IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "UsageRecords" o JOIN {PriceUnits} p ON p.service_code = o."ServiceCode"
                              WHERE o."SourceReference" = s.corrects_ref AND o."CustomerId" = k.customer_id AND p.service_key = s.service_key)
              AND NOT EXISTS (SELECT 1 FROM {s} t
                              WHERE t.source_ref = s.corrects_ref AND t.skip = 0 AND t.customer_key = s.customer_key AND t.service_key = s.service_key)
            ORDER BY s.row_no LIMIT {cap}
            """, errors, r => new UsageRowError(r.GetInt32(0), UsageFields.CorrectsReference, UsageRowParser.Format(UsageMessages.CorrectsUnknown, r.GetString(1))), ct);

        await sql.Collect($"""
            SELECT s.row_no, s.source_ref, d.first_row, COUNT(*) OVER () FROM {s} s
            JOIN (SELECT source_ref, MIN(row_no) AS first_row FROM {s} WHERE skip = 0 GROUP BY source_ref HAVING COUNT(*) > 1) d
              ON d.source_ref = s.source_ref
            WHERE s.skip = 0 AND s.row_no > d.first_row ORDER BY s.row_no LIMIT {cap}
            """, errors, r => new UsageRowError(r.GetInt32(0), UsageFields.SourceReference, UsageRowParser.Format(UsageMessages.DuplicateInBatch, r.GetString(1), r.GetInt32(2))), ct);
    }

    /// <summary>The staged rows with their customer (k) and canonical service code and unit (p).</summary>
    private const string StagedRowsResolved = $"""
        FROM {UsageStaging.Table} s
        JOIN {CustomerKeys} k ON k.key = s.customer_key
        JOIN {PriceUnits} p ON p.period = s.period AND p.service_key = s.service_key AND p.unit_key = s.unit_key
        """;

    /// <summary>Writes the accepted rows, and adds their sums to the billing run's month totals.</summary>
    private static async Task<int> InsertRecords(Sql sql, UsageStaging staging, Guid batchId, DateTime now, CancellationToken ct)
    {
        var inserted = await sql.Execute($"""
            INSERT INTO "UsageRecords" ("Id", "CustomerId", "ServiceCode", "Period", "QuantityMilli", "Unit", "SourceReference",
                "CorrectsSourceReference", "Ansvar", "Verksamhet", "Projekt", "Aktivitet", "OrganisationUnit", "BatchId", "ReceivedAtUtc")
            SELECT s.id, k.customer_id, p.service_code, s.period, s.quantity_milli, p.unit, s.source_ref,
                s.corrects_ref, s.ansvar, s.verksamhet, s.projekt, s.aktivitet, s.org_unit, @batch, @at
            {StagedRowsResolved}
            WHERE s.skip = 0
            """, ct, ("@batch", staging.IdValue(batchId)), ("@at", now));
        await sql.Execute(UsageMonthTotals.AddFromStagingSql(StagedRowsResolved), ct);
        return inserted;
    }

    private static Task<List<UsagePeriodTotal>> Totals(Sql sql, CancellationToken ct) =>
        sql.Query(
            $"SELECT period, COUNT(*), SUM(quantity_milli) FROM {UsageStaging.Table} WHERE skip = 0 GROUP BY period ORDER BY period",
            r => new UsagePeriodTotal(Period.FromKey(r.GetInt32(0)).ToString(), (int)r.GetInt64(1), r.GetInt64(2) / (decimal)UsageRecord.MilliPerUnit),
            ct);

    /// <summary>Plain ADO.NET on the context's open connection and transaction (no timeout: a batch may be a million rows).</summary>
    private sealed class Sql(DbConnection connection, DbTransaction? transaction)
    {
        public async Task<int> Execute(string text, CancellationToken ct, params (string Name, object Value)[] parameters)
        {
            await using var command = Command(text, parameters);
            return await command.ExecuteNonQueryAsync(ct);
        }

        public async Task<T> Scalar<T>(string text, CancellationToken ct)
        {
            await using var command = Command(text, []);
            return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), CultureInfo.InvariantCulture);
        }

        public async Task<List<T>> Query<T>(string text, Func<DbDataReader, T> read, CancellationToken ct)
        {
            var rows = new List<T>();
            await using var command = Command(text, []);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(read(reader));
            }

            return rows;
        }

        /// <summary>Runs a check whose last column is the total count of bad rows (the listed ones are capped).</summary>
        public async Task Collect(string text, UsageErrorList errors, Func<DbDataReader, UsageRowError> error, CancellationToken ct)
        {
            var listed = new List<UsageRowError>();
            var count = 0;
            await using (var command = Command(text, []))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    listed.Add(error(reader));
                    count = (int)reader.GetInt64(reader.FieldCount - 1);
                }
            }

            errors.AddCounted(listed, count);
        }

        private DbCommand Command(string text, (string Name, object Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = text;
            command.Transaction = transaction;
            command.CommandTimeout = 0;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }
}

/// <summary>A seam for tests: runs after the records and the batch are written, just before commit (e.g. to simulate a crash).</summary>
internal sealed class UsageImportHook(Func<CancellationToken, Task> beforeCommit)
{
    public Task BeforeCommit(CancellationToken ct) => beforeCommit(ct);
}
