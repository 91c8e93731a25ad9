using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Costing;
using Servicenav.Costing.Domain;
using Servicenav.Costing.Features;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;
using Servicenav.YearEnd.Features;
using ActivityKind = Servicenav.Costing.Domain.ActivityKind;

namespace Servicenav.Bench;

/// <summary>
/// The costing run at region scale: 500 000 ledger lines (account × ansvar) summed into pools, 300 services, 40
/// activities of which 20 support activities allocated reciprocally. The ledger module is faked through its contract
/// (<see cref="ICostPools"/>): each call streams the 500 000 generated lines and sums them into pools in C#, so that
/// work is inside the measured time. The run is the real use case: load the model, calculate, store the snapshot.
/// Usage: dotnet run -c Release --project bench/Servicenav.Bench -- costing [sqlite|postgres] [lines] [services]
/// </summary>
internal static class CostingBench
{
    private const int Year = 2026;

    public static async Task Run(string[] args)
    {
        var provider = args.Length > 0 && args[0].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
        var serviceCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
        var ledger = new GeneratedLedger(lines, accountGroups: 40, ansvarCount: 150);
        await using var database = await BenchDatabase.Create(provider, s => s.AddSingleton<ICostPools>(ledger));
        var system = UserContext.System("bench");
        await SyntheticRegion.Seed(database.Services, 1, serviceCount);
        var setup = Stopwatch.StartNew();
        await BuildModel(database.Sender, system, ledger, serviceCount);
        Console.WriteLine($"Model built in {setup.Elapsed.TotalSeconds:N1} s");

        var report = new StringBuilder();
        await ledger.ForYearAsync(Year, LedgerKind.Budget);
        report.AppendLine(CultureInfo.InvariantCulture, $"## Costing run, {provider}: {lines:N0} ledger lines → {ledger.PoolCount:N0} pools, {serviceCount} services, 40 activities (20 support, reciprocal)");
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine("| operation | median | min | runs |");
        report.AppendLine("|---|---|---|---|");

        await Measure(report, $"Sum {lines:N0} ledger lines into pools (the fake ledger's share of each run)", async () => await ledger.ForYearAsync(Year, LedgerKind.Budget));
        var pools = await ledger.ForYearAsync(Year, LedgerKind.Budget);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(system);
            var model = (await CostingReads.ModelOf(scope.ServiceProvider.GetRequiredService<ServicenavDb>(), Year, default))!;
            CostingOutcome? outcome = null;
            await Measure(report, "Calculation only, in memory (pools → activities → reciprocal support → services)", () =>
            {
                outcome = CostingCalculation.Run(model, pools, _ => true);
                return Task.CompletedTask;
            });
            report.AppendLine(CultureInfo.InvariantCulture, $"| (computed in memory: {outcome!.ActivityPools.Count:N0} activity × pool parts, of which {outcome.ActivityPools.Count(a => a.DirectOre != 0):N0} direct ones are stored; {outcome.Services.Count:N0} service × activity rows; {outcome.Pools.Count:N0} pools) | | | |");
        }

        CostingRunSummary? last = null;
        await Measure(report, "Costing run, end to end (pools + calculation + snapshot written)", async () => last = (await database.Sender.Send(new CalculateCostingModel(Year), system)).Value);
        await Measure(report, "Self-cost build-up of one service", async () => await database.Sender.Send(new GetServiceCostBuildUp(Year, "tjanst-0001"), system));
        await Measure(report, "Results page data (all services)", async () => await database.Sender.Send(new GetCostingResult(Year), system));
        await Measure(report, $"Every service's self-cost per month (year-end result's cost side, incl. the fake ledger's {lines:N0}-line month sums)", async () =>
        {
            await using var scope = database.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(system);
            await scope.ServiceProvider.GetRequiredService<IServiceSelfCosts>().ByMonthAsync(Year);
        });
        await Measure(report, "Year-end result page data (per area and month)", async () => await database.Sender.Send(new GetYearResult(Year), system));
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Last run: pools {Money.Sek(last!.PoolsTotal)}, services {Money.Sek(last.ServicesTotal)} (difference {Money.Sek(last.ServicesTotal - last.PoolsTotal)}); remainder öre {last.RemainderPoolToActivityOre} / {last.RemainderSupportOre} / {last.RemainderServiceOre}.");

        var file = Path.Combine(Results(), $"{DateTime.UtcNow:yyyy-MM-dd}-costing-{provider.ToString().ToLowerInvariant()}-{lines}.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine(report);
        Console.WriteLine($"Written to {file}");
    }

    private static async Task BuildModel(Sender sender, UserContext system, GeneratedLedger ledger, int serviceCount)
    {
        (await sender.Send(new CreateCostingModel { Year = Year, Basis = LedgerKind.Budget }, system)).Value.ShouldNotBeNull();
        var support = Enumerable.Range(1, 20).Select(i => $"S{i:00}").ToList();
        var primary = Enumerable.Range(1, 20).Select(i => $"P{i:00}").ToList();
        foreach (var code in support)
        {
            await sender.Send(new SaveCostingActivity { Year = Year, Code = code, Name = "Stöd " + code, Kind = ActivityKind.Support }, system);
        }

        foreach (var code in primary)
        {
            await sender.Send(new SaveCostingActivity { Year = Year, Code = code, Name = "Leverans " + code, Kind = ActivityKind.Primary }, system);
        }

        var random = new Random(7);
        foreach (var ansvar in ledger.Ansvar)
        {
            var targets = new[] { primary[random.Next(20)], support[random.Next(20)], support[random.Next(20)], primary[random.Next(20)] }.Distinct().ToList();
            await Driver(sender, system, DriverKind.Resource, DriverSource.Ansvar, ansvar, targets.Select(t => (t, (decimal)random.Next(1, 50))));
        }

        foreach (var code in support)
        {
            var targets = support.Where(s => s != code).OrderBy(_ => random.Next()).Take(5).Concat(primary.OrderBy(_ => random.Next()).Take(10));
            await Driver(sender, system, DriverKind.Support, DriverSource.Activity, code, targets.Select(t => (t, (decimal)random.Next(1, 200))));
        }

        for (var p = 0; p < primary.Count; p++)
        {
            var services = Enumerable.Range(0, serviceCount / 10).Select(i => $"tjanst-{((p * 15) + (i * 7)) % serviceCount + 1:0000}").Distinct();
            await Driver(sender, system, DriverKind.Activity, DriverSource.Activity, primary[p], services.Select(s => (s, (decimal)random.Next(1, 5000))));
        }
    }

    private static async Task Driver(Sender sender, UserContext system, DriverKind kind, DriverSource source, string key, IEnumerable<(string Target, decimal Value)> lines) =>
        await sender.Send(new SetCostingDriver
        {
            Year = Year, Kind = kind, Source = source, SourceKey = key, Basis = DriverBasis.Quantities, Unit = "st",
            Lines = lines.Select(l => new CostingDriverLineDto(l.Target, l.Value)).ToList(),
        }, system);

    private static async Task Measure(StringBuilder report, string name, Func<Task> action, int runs = 5)
    {
        await action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {times[runs / 2]:N0} ms | {times[0]:N0} ms | {runs} |");
    }

    private static string Results()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Servicenav.slnx")))
        {
            dir = dir.Parent;
        }

        var results = Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "bench", "results");
        Directory.CreateDirectory(results);
        return results;
    }

    private static void ShouldNotBeNull(this object? value)
    {
        if (value is null)
        {
            throw new InvalidOperationException("Bench setup failed.");
        }
    }

    /// <summary>A deterministic ledger: each call streams the lines again (no list of 500 000 objects) and sums them per account group × ansvar.</summary>
    private sealed class GeneratedLedger(int lineCount, int accountGroups, int ansvarCount) : ICostPools
    {
        public List<string> Ansvar { get; } = Enumerable.Range(0, ansvarCount).Select(i => (1000 + (i * 10)).ToString(CultureInfo.InvariantCulture)).ToList();

        public int PoolCount { get; private set; }

        public Task<IReadOnlyList<CostPool>> ForYearAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default)
        {
            var sums = new Dictionary<(int Group, int Ansvar), (long Ore, int Lines)>();
            foreach (var (group, ansvar, _, ore) in Lines())
            {
                sums[(group, ansvar)] = sums.TryGetValue((group, ansvar), out var s) ? (s.Ore + ore, s.Lines + 1) : (ore, 1);
            }

            var pools = sums.Select(p =>
            {
                var group = GroupCode(p.Key.Group);
                var type = p.Key.Group % 10 == 8 ? CostType.Capital : p.Key.Group % 2 == 0 ? CostType.Personnel : CostType.Other;
                return new CostPool($"{group}|{Ansvar[p.Key.Ansvar]}", group, "Kontogrupp " + group, Ansvar[p.Key.Ansvar], type, Money.FromOre(p.Value.Ore), p.Value.Lines);
            }).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            PoolCount = pools.Count;
            return Task.FromResult<IReadOnlyList<CostPool>>(pools);
        }

        /// <summary>The same lines summed per pool and month, as the ledger module's GROUP BY would.</summary>
        public Task<IReadOnlyList<CostPoolMonth>> MonthsOfPoolsAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default)
        {
            var sums = new Dictionary<(int Group, int Ansvar, int Month), long>();
            foreach (var (group, ansvar, month, ore) in Lines())
            {
                sums[(group, ansvar, month)] = sums.GetValueOrDefault((group, ansvar, month)) + ore;
            }

            return Task.FromResult<IReadOnlyList<CostPoolMonth>>(
                [.. sums.Select(s => new CostPoolMonth($"{GroupCode(s.Key.Group)}|{Ansvar[s.Key.Ansvar]}", s.Key.Month, Money.FromOre(s.Value)))]);
        }

        /// <summary>The generated lines: account group, ansvar, month (spread over the year), amount in öre.</summary>
        private IEnumerable<(int Group, int Ansvar, int Month, long Ore)> Lines()
        {
            var random = new Random(2026);
            for (var i = 0; i < lineCount; i++)
            {
                var group = random.Next(accountGroups);
                var ansvar = random.Next(ansvarCount);
                var ore = random.NextInt64(-50_000, 50_000_000);
                yield return (group, ansvar, (i * 7 % 12) + 1, ore);
            }
        }

        private static string GroupCode(int group) => (40 + group).ToString(CultureInfo.InvariantCulture);

        public Task<IReadOnlyList<LedgerLine>> LinesOfPoolAsync(int year, LedgerKind kind, string poolKey, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<LedgerLine>>([]);

    }
}
