using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Servicenav;
using Servicenav.Access;
using Servicenav.Bench;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Features;
using Servicenav.Data;
using Servicenav.Imports.StockholmDemo;
using Servicenav.SharedKernel;
using Servicenav.Usage.Features;

// Measures what users wait for in this features, at region scale, on SQLite or PostgreSQL.
// Usage: dotnet run -c Release --project bench/Servicenav.Bench -- [sqlite|postgres] [customers] [services]
// (bench/run.sh runs both providers and writes bench/results/).
if (args.Length > 0 && args[0] == "usage-import")
{
    // bench/usage-import.sh: usage import of 1 M rows beside the raw COPY / prepared-insert floor.
    var usageProvider = args.Length > 1 && args[1].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    var usageReport = await UsageImportBench.Run(usageProvider, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000);
    Console.WriteLine(usageReport);
    File.AppendAllText(Path.Combine(FindRepoRoot(), "bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd}-usage-import.md"), usageReport + Environment.NewLine);
    return 0;
}

if (args is ["ledger-import", ..]) { var text = await LedgerImportBench.Run(args.Length > 1 && args[1].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300_000); Console.WriteLine(text); var dir = Path.Combine(FindRepoRoot(), "bench", "results"); await File.AppendAllTextAsync(Path.Combine(dir, $"{DateTime.UtcNow:yyyy-MM-dd}-ledger-import.md"), text + Environment.NewLine); return 0; }
if (args.Length > 0 && args[0] == "billing")
{
    Environment.ExitCode = await BillingBench.Run(args);
    return Environment.ExitCode;
}

if (args is ["servicedesk-search", var searchDatabase])
{
    await Servicenav.Bench.ServiceDesk.SearchOnlyBench.Run(searchDatabase);
    return 0;
}

if (args is ["servicedesk-create", var createDatabase])
{
    await Servicenav.Bench.ServiceDesk.CreateOnlyBench.Run(createDatabase);
    return 0;
}

if (args is ["servicedesk-sla", var slaDatabase])
{
    await Servicenav.Bench.ServiceDesk.SlaOnlyBench.Run(slaDatabase);
    return 0;
}

if (args is ["servicedesk-api", ..])
{
    await Servicenav.Bench.ServiceDesk.ApiOnlyBench.Run(args[1..], FindRepoRoot());
    return 0;
}

if (args is ["servicedesk", ..])
{
    // bench/servicedesk.sh: issue 4's bar on N generated cases (API create, full-text search, queue and lists, SLA recompute).
    var deskReport = await Servicenav.Bench.ServiceDesk.ServiceDeskBench.Run(args[1..], FindRepoRoot());
    Console.WriteLine(deskReport);
    var deskProvider = args.Length > 1 && args[1].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? "postgres" : "sqlite";
    var deskCases = args.Length > 2 ? args[2] : "1000000";
    await File.AppendAllTextAsync(Path.Combine(FindRepoRoot(), "bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd}-servicedesk-{deskProvider}-{deskCases}.md"), deskReport + Environment.NewLine);
    return 0;
}

if (args.Length > 0 && args[0] == "costing")
{
    await CostingBench.Run(args[1..]);
    return 0;
}

var provider = args.Length > 0 && args[0].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var customers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var services = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;

await using var database = await BenchDatabase.Create(provider);
var system = UserContext.System("bench");
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}: {customers} customers × {services} services ({customers * services:N0} usage cells)");
report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.AppendLine();
report.AppendLine("| operation | median | min | runs |");
report.AppendLine("|---|---|---|---|");

await using (var fresh = await BenchDatabase.Create(provider))
{
    var folder = Path.Combine(AppContext.BaseDirectory, "demo-data", "stockholm");
    var sw = Stopwatch.StartNew();
    await fresh.Sender.Send(new ImportStockholmDemo(folder), system);
    report.AppendLine(CultureInfo.InvariantCulture, $"| Stockholm import on an empty database (21 customers, 29 services, 609 cells) | {sw.Elapsed.TotalMilliseconds:N0} ms | – | 1 |");
}

var setup = Stopwatch.StartNew();
var (aCustomer, _) = await SyntheticRegion.Seed(database.Services, customers, services);
Console.WriteLine($"Seeded in {setup.Elapsed.TotalSeconds:N1} s");

await Measure("Usage matrix, staff (all rows, coverage)", () => database.Sender.Send(new GetUsageMatrix(), system));
await Measure("Usage matrix, one area", () => database.Sender.Send(new GetUsageMatrix("area-1"), system));
var orderer = new UserContext(Guid.NewGuid(), "bestallare", [Role.Bestallare], aCustomer);
await Measure("Usage matrix, a Beställare (own row, region-wide coverage)", () => database.Sender.Send(new GetUsageMatrix(), orderer));
await Measure("Catalogue search", () => database.Sender.Send(new ListCatalogServices("drift"), system));
await Measure("Customer register", () => database.Sender.Send(new ListCustomers(), system));
await Measure("Usage export to Excel", () => database.Sender.Send(new ExportUsage(ExportFormat.Xlsx), system));

var results = Path.Combine(FindRepoRoot(), "bench", "results");
Directory.CreateDirectory(results);
var file = Path.Combine(results, $"{DateTime.UtcNow:yyyy-MM-dd}-{provider.ToString().ToLowerInvariant()}-{customers}x{services}.md");
await File.WriteAllTextAsync(file, report.ToString());
Console.WriteLine(report);
Console.WriteLine($"Written to {file}");
return 0;

async Task Measure<T>(string name, Func<Task<T>> action, int runs = 7)
{
    await action(); // warm-up: JIT, query compilation, connection pool
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var sw = Stopwatch.StartNew();
        await action();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {times[runs / 2]:N1} ms | {times[0]:N1} ms | {runs} |");
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Servicenav.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
