using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
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
/// The billing run over N usage rows of one month (customers × services), measured side by side in the same
/// process with its floor: the bare <c>INSERT … SELECT … GROUP BY</c> of the same rows into a bare lines table.
/// Usage: dotnet run -c Release --project bench/Servicenav.Bench -- billing [sqlite|postgres] [rows] [customers] [services]
/// </summary>
internal static class BillingBench
{
    private static readonly Period Month = new(2026, 3);

    public static async Task<int> Run(string[] args)
    {
        var provider = args.Length > 1 && args[1].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var rows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
        var customerCount = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;
        var serviceCount = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 300;
        const int runs = 5;

        var services = Enumerable.Range(1, serviceCount).Select(s => $"tjanst-{s:0000}").ToList();
        var prices = new PricesInForce(Guid.CreateVersion7(), 2026, 1, "BENCH 2025-1", new DateOnly(2026, 1, 1),
            services.Select((code, i) => new ServicePrice(code, PriceModel.PerUnit, "st", Money.Sek(10m + (i * 0.37m)), [])).ToList());
        await using var database = await BenchDatabase.Create(provider, s => s.Replace(ServiceDescriptor.Singleton<IPricesInForce>(new FixedPrices(prices))));
        var system = UserContext.System("bench");

        var customers = await SeedCustomers(database, customerCount);
        var load = Stopwatch.StartNew();
        await LoadUsage(provider, database.ConnectionString, customers, services, rows);
        var loaded = load.Elapsed;

        // Loaded past the importer, so the month's totals (which the import keeps up, at its own measured cost) are
        // built here by the product's repair use case.
        load.Restart();
        var rebuilt = await database.Sender.Send(new RebuildUsageTotals(Month), system);
        var totalsTime = load.Elapsed;
        await Execute(provider, database.ConnectionString, "ANALYZE"); // as a live table would be: both plans from statistics
        Console.WriteLine($"Loaded {rows:N0} usage rows in {loaded.TotalSeconds:N1} s; month totals rebuilt in {totalsTime.TotalSeconds:N2} s ({rebuilt.Value?.Groups:N0} groups)");

        var bare = new List<double>();
        var product = new List<double>();
        var allocated = new List<long>();
        BillingRunSummary? last = null;
        for (var i = 0; i <= runs; i++)
        {
            await Execute(provider, database.ConnectionString, "DELETE FROM bare_lines");
            var sw = Stopwatch.StartNew();
            var inserted = await Execute(provider, database.ConnectionString, BareStatement);
            var bareTime = sw.Elapsed.TotalMilliseconds;

            var before = GC.GetTotalAllocatedBytes(precise: true);
            sw.Restart();
            var result = await database.Sender.Send(new RunBilling(Month), system);
            var runTime = sw.Elapsed.TotalMilliseconds;
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            last = result.Value ?? throw new InvalidOperationException(result.Status.ToString());
            if (last.Lines != inserted + 0 && i == 0)
            {
                Console.WriteLine($"Note: {last.Lines} invoice lines, {inserted} bare lines");
            }

            if (i == 0)
            {
                continue; // warm-up: JIT, plans, caches
            }

            bare.Add(bareTime);
            product.Add(runTime);
            allocated.Add(bytes);
            Console.WriteLine($"run {i}: bare {bareTime:N0} ms, billing run {runTime:N0} ms, allocated {bytes / 1024.0 / 1024.0:N1} MB");
        }

        bare.Sort();
        product.Sort();
        var ratio = product[runs / 2] / bare[runs / 2];
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Billing run, {provider}: {rows:N0} usage rows in one month, {customerCount} customers × {serviceCount} services");
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; medians of {runs} after one warm-up, alternating");
        report.AppendLine();
        report.AppendLine("| operation | median | min | max |");
        report.AppendLine("|---|---|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| bare `INSERT … SELECT … GROUP BY` into a bare lines table (floor) | {bare[runs / 2]:N0} ms | {bare[0]:N0} ms | {bare[^1]:N0} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| `RunBilling` (replace draft, invoices, priced lines, fees, corrections, totals, audit; one transaction) | {product[runs / 2]:N0} ms | {product[0]:N0} ms | {product[^1]:N0} ms |");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Ratio run / floor: **{ratio:N2}** (goal ≤ 1.0). Result: {last!.Invoices} invoices, {last.Lines:N0} lines, {last.UsageRecords:N0} usage rows, {last.Total:N2} kr.");
        report.AppendLine(CultureInfo.InvariantCulture, $"The run prices the month's usage totals (one row per customer × service × account string), which every usage import keeps up in its own transaction (its cost is inside the usage-import benchmark). Rebuilding them from the {rows:N0} records, as `billing rebuild-totals` does, took {totalsTime.TotalMilliseconds:N0} ms here.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Managed memory allocated per run (median): {allocated.Order().ElementAt(runs / 2) / 1024.0 / 1024.0:N1} MB — independent of the row count (no usage row enters .NET).");

        var results = Path.Combine(FindRepoRoot(), "bench", "results");
        Directory.CreateDirectory(results);
        var file = Path.Combine(results, $"{DateTime.UtcNow:yyyy-MM-dd}-billing-{provider.ToString().ToLowerInvariant()}-{rows}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine(report);
        Console.WriteLine($"Written to {file}");
        return 0;
    }

    private const string BareStatement = """
        INSERT INTO bare_lines (customer_id, service_code, quantity_milli, usage_count)
        SELECT "CustomerId", "ServiceCode", SUM("QuantityMilli"), COUNT(*) FROM "UsageRecords" WHERE "Period" = 202603 GROUP BY "CustomerId", "ServiceCode"
        """;

    private static async Task<List<Guid>> SeedCustomers(BenchDatabase database, int count)
    {
        await using var scope = database.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
        var db = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
        var customers = Enumerable.Range(1, count)
            .Select(i => new Customer(new CustomerDetails($"Kund {i:0000}", i, CustomerKind.Namnd, null, 100 + i, null,
                new AccountString($"{4000 + i}", "310", $"K{i}", null, null))))
            .ToList();
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();
        return customers.Select(c => c.Id).ToList();
    }

    /// <summary>Loads the usage straight into the table (binary COPY / prepared inserts); the import itself is measured elsewhere.</summary>
    private static async Task LoadUsage(DatabaseProvider provider, string connectionString, List<Guid> customers, List<string> services, int rows)
    {
        var received = DateTime.UtcNow;
        var batch = Guid.CreateVersion7();
        if (provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY \"UsageRecords\" (\"Id\", \"CustomerId\", \"ServiceCode\", \"Period\", \"QuantityMilli\", \"Unit\", \"SourceReference\", \"BatchId\", \"ReceivedAtUtc\") FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < rows; i++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(customers[i % customers.Count], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(services[(i / customers.Count) % services.Count], NpgsqlDbType.Text);
                    await copy.WriteAsync(Month.Key, NpgsqlDbType.Integer);
                    await copy.WriteAsync(1000L + (i % 7 * 250), NpgsqlDbType.Bigint);
                    await copy.WriteAsync("st", NpgsqlDbType.Text);
                    await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"bench-{i}"), NpgsqlDbType.Text);
                    await copy.WriteAsync(batch, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(received, NpgsqlDbType.TimestampTz);
                }

                await copy.CompleteAsync();
            }

            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE \"UsageRecords\"; CREATE TABLE bare_lines (customer_id uuid, service_code text, quantity_milli bigint, usage_count bigint)", connection);
            await analyze.ExecuteNonQueryAsync();
            return;
        }

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO \"UsageRecords\" (\"Id\", \"CustomerId\", \"ServiceCode\", \"Period\", \"QuantityMilli\", \"Unit\", \"SourceReference\", \"BatchId\", \"ReceivedAtUtc\") VALUES ($id, $c, $s, $p, $q, 'st', $r, $b, $t)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var customer = insert.Parameters.Add("$c", SqliteType.Text);
            var service = insert.Parameters.Add("$s", SqliteType.Text);
            var period = insert.Parameters.Add("$p", SqliteType.Integer);
            var quantity = insert.Parameters.Add("$q", SqliteType.Integer);
            var reference = insert.Parameters.Add("$r", SqliteType.Text);
            insert.Parameters.AddWithValue("$b", batch.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$t", received.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
            var customerTexts = customers.Select(c => c.ToString().ToUpperInvariant()).ToList();
            insert.Prepare();
            for (var i = 0; i < rows; i++)
            {
                id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
                customer.Value = customerTexts[i % customers.Count];
                service.Value = services[(i / customers.Count) % services.Count];
                period.Value = Month.Key;
                quantity.Value = 1000L + (i % 7 * 250);
                reference.Value = string.Create(CultureInfo.InvariantCulture, $"bench-{i}");
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        await Execute(provider, connectionString, "ANALYZE");
        await Execute(provider, connectionString, "CREATE TABLE bare_lines (customer_id TEXT, service_code TEXT, quantity_milli INTEGER, usage_count INTEGER)");
    }

    private static async Task<int> Execute(DatabaseProvider provider, string connectionString, string sql)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            return await command.ExecuteNonQueryAsync();
        }

        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        await using var sqliteCommand = sqlite.CreateCommand();
        sqliteCommand.CommandText = sql;
        sqliteCommand.CommandTimeout = 600;
        return await sqliteCommand.ExecuteNonQueryAsync();
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Servicenav.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private sealed class FixedPrices(PricesInForce prices) : IPricesInForce
    {
        public Task<PricesInForce?> ForPeriodAsync(Period period, CancellationToken cancellationToken = default) => Task.FromResult<PricesInForce?>(prices);
    }
}
