using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SQLitePCL;
using NpgsqlTypes;
using Servicenav.Access;
using Servicenav.Billing.Features;
using Servicenav.Catalog.Domain;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Bench;

/// <summary>
/// Usage import of N rows (default 1 000 000) from a CSV file through the product's validated path, side by side in
/// the same run with the raw floor on the same database: Npgsql binary COPY into a bare table (PostgreSQL), prepared
/// inserts in one transaction (SQLite). 100 customers × 300 services, one month. Reports rows/s, the ratio and the
/// managed heap (sampled while importing) to show memory does not grow with the row count.
/// Usage: dotnet run -c Release --project bench/Servicenav.Bench -- usage-import [sqlite|postgres] [rows]
/// </summary>
internal static class UsageImportBench
{
    private const int Customers = 100;
    private const int Services = 300;
    private static readonly Period March = new(2026, 3);

    public static async Task<string> Run(DatabaseProvider provider, int rows)
    {
        var prices = new BenchPrices();
        await using var database = await BenchDatabase.Create(provider, s => s.AddSingleton<IPricesInForce>(prices));
        var connectionString = await Seed(database.Services, prices, provider);
        var file = Path.Combine(Path.GetTempPath(), $"usage-bench-{Guid.NewGuid():N}.csv");
        try
        {
            var written = Stopwatch.StartNew();
            WriteCsv(file, rows);
            Console.WriteLine($"CSV of {rows:N0} rows ({new FileInfo(file).Length / 1_048_576.0:N0} MB) written in {written.Elapsed.TotalSeconds:N1} s");

            // Warm-up: JIT and connection pools, on a small file through the same path.
            var warm = Path.Combine(Path.GetTempPath(), $"usage-warm-{Guid.NewGuid():N}.csv");
            WriteCsv(warm, 2000, "warm");
            await Import(database, warm);
            File.Delete(warm);

            var raw = await RawFloor(provider, connectionString, rows);
            var (product, heap, result) = await Import(database, file);
            if (!result.Accepted || result.RowsAccepted != rows)
            {
                throw new InvalidOperationException($"Import refused: {string.Join("; ", result.Errors.Take(5))}");
            }

            var again = Stopwatch.StartNew();
            var reimport = (await Import(database, file)).Result;
            var reimportTime = again.Elapsed;

            // Measured last, so its million rows do not weigh on the product's import.
            TimeSpan? rawApi = provider == DatabaseProvider.Sqlite ? await SqliteApiFloor(connectionString, rows) : null;

            var rawRate = rows / raw.TotalSeconds;
            var productRate = rows / product.TotalSeconds;
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"## Usage import, {provider}: {rows:N0} rows, {Customers} customers × {Services} services, one month");
            report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            report.AppendLine();
            report.AppendLine("| case | time | rows/s | ratio |");
            report.AppendLine("|---|---|---|---|");
            var floorName = provider == DatabaseProvider.Postgres ? "raw floor: binary COPY into a bare table" : "raw floor: prepared inserts, one transaction, bare table";
            report.AppendLine(CultureInfo.InvariantCulture, $"| {floorName} | {raw.TotalSeconds:N2} s | {rawRate:N0} | 1.00 |");
            if (rawApi is { } api)
            {
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| for comparison: the same rows bound and stepped on SQLite's own API (as the product's bulk paths do) | {api.TotalSeconds:N2} s | {rows / api.TotalSeconds:N0} | {rows / api.TotalSeconds / rawRate:N2} |");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"| ImportUsageCsv: parse CSV, check each row in memory, write straight into UsageRecords (keyed by source reference; month and corrections indexes), batch + audit | {product.TotalSeconds:N2} s | {productRate:N0} | {productRate / rawRate:N2} |");
            report.AppendLine(CultureInfo.InvariantCulture, $"| the same file again (the first row is found stored: the staging path skips every row) | {reimportTime.TotalSeconds:N2} s | {rows / reimportTime.TotalSeconds:N0} | – |");
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture, $"Managed heap while importing: peak {heap / 1_048_576.0:N0} MB (sampled every 50 ms); skipped on re-import: {reimport.RowsSkipped:N0}.");
            return report.ToString();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(TimeSpan Time, long PeakHeap, UsageImportResult Result)> Import(BenchDatabase database, string file)
    {
        var (result, time, peak) = await HeapPeak.Measure(async () =>
        {
            await using var content = File.OpenRead(file);
            return await database.Sender.Send(new ImportUsageCsv(Path.GetFileName(file), content), UserContext.System("bench"));
        });
        return (time, peak, result.Value!);
    }

    private static async Task<string> Seed(IServiceProvider services, BenchPrices prices, DatabaseProvider provider)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
        var db = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
        var version = CatalogVersion.StartDraft(1, null, null, "bench", DateTime.UtcNow);
        version.AddArea("area-1", "Område 1");
        for (var s = 1; s <= Services; s++)
        {
            version.AddService($"tjanst-{s:0000}", new ServiceContent(
                $"Tjänst {s}", "area-1", "Beskrivning.", [], [], SharingStatus.Koncerngemensam, PriceModel.PerUnit, null, "Ägare", ServiceLevels.None));
        }

        version.Decide(new CatalogDecision("BENCH 1", new DateOnly(2025, 1, 1), "Bänk", new DateOnly(2025, 1, 1)), null, "bench", DateTime.UtcNow);
        db.CatalogVersions.Add(version);
        db.Customers.AddRange(Enumerable.Range(1, Customers)
            .Select(i => new Customer(new CustomerDetails($"Kund {i:0000}", i, CustomerKind.Namnd, null, 100 + i, null, null))));
        await db.SaveChangesAsync();
        prices.List = new PricesInForce(Guid.NewGuid(), 2026, 1, "BENCH 2", new DateOnly(2026, 1, 1),
            Enumerable.Range(1, Services).Select(s => new ServicePrice($"tjanst-{s:0000}", PriceModel.PerUnit, "st", Money.Sek(12.5m), [])).ToList());

        var connectionString = db.Database.GetConnectionString()!;
        if (provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL"); // as the floors in the issue were measured
        }

        return connectionString;
    }

    private static void WriteCsv(string path, int rows, string prefix = "rad")
    {
        var random = new Random(42);
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("kund;tjanst;period;antal;enhet;kallreferens;ansvar");
        for (var i = 0; i < rows; i++)
        {
            writer.Write((random.Next(Customers) + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write(";tjanst-");
            writer.Write((random.Next(Services) + 1).ToString("0000", CultureInfo.InvariantCulture));
            writer.Write(";2026-03;");
            writer.Write((random.Next(1, 1_000_000) / 1000m).ToString("0.###", sv));
            writer.Write(";st;");
            writer.Write(prefix);
            writer.Write('-');
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
            writer.WriteLine(i % 10 == 0 ? ";4711" : ";");
        }
    }

    /// <summary>The floor: the same rows (already in memory as values) into a bare table, the fastest way each database takes them.</summary>
    private static async Task<TimeSpan> RawFloor(DatabaseProvider provider, string connectionString, int rows)
    {
        var random = new Random(42);
        var customers = Enumerable.Range(0, Customers).Select(_ => Guid.NewGuid()).ToArray();
        var batch = Guid.NewGuid();
        var now = DateTime.UtcNow;
        const string Columns = "id, customer_id, service_code, period, quantity_milli, unit, source_reference, batch_id, received_at";
        if (provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await Execute(connection, "CREATE TABLE raw_usage (id uuid, customer_id uuid, service_code text, period int, quantity_milli bigint, unit text, source_reference text, batch_id uuid, received_at timestamptz)");
            var clock = Stopwatch.StartNew();
            await using (var copy = await connection.BeginBinaryImportAsync($"COPY raw_usage ({Columns}) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < rows; i++)
                {
                    copy.StartRow();
                    copy.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    copy.Write(customers[random.Next(Customers)], NpgsqlDbType.Uuid);
                    copy.Write("tjanst-" + (random.Next(Services) + 1).ToString("0000", CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                    copy.Write(March.Key, NpgsqlDbType.Integer);
                    copy.Write((long)random.Next(1, 1_000_000), NpgsqlDbType.Bigint);
                    copy.Write("st", NpgsqlDbType.Text);
                    copy.Write("raw-" + i.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                    copy.Write(batch, NpgsqlDbType.Uuid);
                    copy.Write(now, NpgsqlDbType.TimestampTz);
                }

                await copy.CompleteAsync();
            }

            return clock.Elapsed;
        }

        await using (var sqlite = new SqliteConnection(connectionString))
        {
            await sqlite.OpenAsync();
            await Execute(sqlite, "CREATE TABLE raw_usage (id TEXT, customer_id TEXT, service_code TEXT, period INTEGER, quantity_milli INTEGER, unit TEXT, source_reference TEXT, batch_id TEXT, received_at TEXT)");
            var clock = Stopwatch.StartNew();
            await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync();
            await using var insert = sqlite.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO raw_usage ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
            var p = Enumerable.Range(1, 9).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
            insert.Prepare();
            for (var i = 0; i < rows; i++)
            {
                p[0].Value = Guid.CreateVersion7().ToString("D").ToUpperInvariant();
                p[1].Value = customers[random.Next(Customers)].ToString("D").ToUpperInvariant();
                p[2].Value = "tjanst-" + (random.Next(Services) + 1).ToString("0000", CultureInfo.InvariantCulture);
                p[3].Value = March.Key;
                p[4].Value = (long)random.Next(1, 1_000_000);
                p[5].Value = "st";
                p[6].Value = "raw-" + i.ToString(CultureInfo.InvariantCulture);
                p[7].Value = batch.ToString("D").ToUpperInvariant();
                p[8].Value = now;
                insert.ExecuteNonQuery();
            }

            await transaction.CommitAsync();
            return clock.Elapsed;
        }
    }

    /// <summary>
    /// Not the issue's floor (that is Microsoft.Data.Sqlite's prepared insert, above) but the stricter one the product's
    /// SQLite bulk path competes with: the same bare table and rows through sqlite3_bind/step directly.
    /// </summary>
    private static async Task<TimeSpan> SqliteApiFloor(string connectionString, int rows)
    {
        var random = new Random(42);
        var customers = Enumerable.Range(0, Customers).Select(_ => Guid.NewGuid().ToString("D").ToUpperInvariant()).ToArray();
        var batch = Guid.NewGuid().ToString("D").ToUpperInvariant();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        await Execute(sqlite, "CREATE TABLE raw_usage_api (id TEXT, customer_id TEXT, service_code TEXT, period INTEGER, quantity_milli INTEGER, unit TEXT, source_reference TEXT, batch_id TEXT, received_at TEXT)");
        var clock = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        var db = sqlite.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, "INSERT INTO raw_usage_api VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", out var insert), db);
        using (insert)
        {
            for (var i = 0; i < rows; i++)
            {
                raw.sqlite3_bind_text(insert, 1, Guid.CreateVersion7().ToString("D").ToUpperInvariant());
                raw.sqlite3_bind_text(insert, 2, customers[random.Next(Customers)]);
                raw.sqlite3_bind_text(insert, 3, "tjanst-" + (random.Next(Services) + 1).ToString("0000", CultureInfo.InvariantCulture));
                raw.sqlite3_bind_int64(insert, 4, March.Key);
                raw.sqlite3_bind_int64(insert, 5, random.Next(1, 1_000_000));
                raw.sqlite3_bind_text(insert, 6, "st");
                raw.sqlite3_bind_text(insert, 7, "api-" + i.ToString(CultureInfo.InvariantCulture));
                raw.sqlite3_bind_text(insert, 8, batch);
                raw.sqlite3_bind_text(insert, 9, now);
                var rc = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }
            }
        }

        await transaction.CommitAsync();
        return clock.Elapsed;
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class BenchPrices : IPricesInForce
    {
        public PricesInForce? List { get; set; }

        public Task<PricesInForce?> ForPeriodAsync(Period period, CancellationToken cancellationToken = default) =>
            Task.FromResult(period == March ? List : null);
    }
}
