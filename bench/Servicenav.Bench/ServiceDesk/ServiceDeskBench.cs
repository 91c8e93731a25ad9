using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// Issue 4's performance bar on N generated cases (default 1 000 000): creating cases through the API (the real web
/// host as a child process, a closed-loop load generator, 60 s), full-text search and the queue and case lists
/// through the use cases (server time), and the SLA recompute of the open cases. One Markdown report per provider in
/// bench/results/&lt;date&gt;-servicedesk-&lt;provider&gt;-&lt;cases&gt;.md.
/// Usage: dotnet run -c Release --project bench/Servicenav.Bench -- servicedesk [sqlite|postgres] [cases] [loadSeconds] [concurrency,…]
/// </summary>
internal static class ServiceDeskBench
{
    private const string Password = "Servicenav-demo1";

    private static readonly int[] CommonRanks = [0, 1, 2, 4, 7, 10, 15, 20, 30, 45];
    private static readonly int[] RarerRanks = [60, 80, 100, 130, 160, 200, 240, 280, 310, 329];
    private static readonly int[] PrefixRanks = [0, 3, 8, 12, 25, 50, 90, 150, 220, 300];
    private static readonly (int, int)[] PairRanks = [(0, 1), (2, 40), (5, 120), (10, 200), (30, 60), (100, 300), (7, 250), (150, 151), (20, 329), (1, 90)];

    public static async Task<string> Run(string[] args, string repoRoot)
    {
        var provider = args.Length > 0 && args[0].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var loadSeconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60;
        var concurrencies = (args.Length > 3 ? args[3] : "8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Service desk, {provider}: {count:N0} cases");
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at start {LoadAverage()}");
        report.AppendLine();

        await using var database = await BenchDatabase.Create(provider);
        var setup = Stopwatch.StartNew();
        await using (await WebHostProcess.StartAsync(repoRoot, provider, database.ConnectionString))
        {
            // First start: migrations are done, demo mode seeds users, catalogue, customers, the demo service desk.
        }

        var world = await DeskWorld.Build(database.Services, contactCount: 4_000, articleCount: 300);
        Console.WriteLine($"Demo and desk ready in {setup.Elapsed.TotalSeconds:N0} s: {world.Contacts.Count} contacts, {world.Routes.Count} routes, {world.Articles} articles");

        var load = Stopwatch.StartNew();
        var generated = new GeneratedCases(world, count, DateTime.UtcNow, await CaseBulkLoad.LastSequencesAsync(provider, database.ConnectionString));
        var (cases, events) = await CaseBulkLoad.LoadAsync(provider, database.ConnectionString, generated);
        var loaded = load.Elapsed;
        await CaseBulkLoad.AnalyzeAsync(provider, database.ConnectionString);
        var analyzed = load.Elapsed - loaded;
        var sizes = await Sizes(database);
        Console.WriteLine($"Loaded {cases:N0} cases and {events:N0} events in {loaded.TotalSeconds:N0} s (+ {analyzed.TotalSeconds:N0} s analyse)");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Data: {sizes.Cases:N0} cases ({sizes.Open:N0} open), {sizes.Events:N0} case events, {world.Contacts.Count:N0} contacts over {sizes.Customers} customers, {sizes.Groups} resolver groups, {world.Routes.Count} routed services, {sizes.Articles} knowledge articles. " +
            $"Generated and loaded in {loaded.TotalSeconds:N0} s ({(provider == DatabaseProvider.Postgres ? "binary COPY" : "prepared inserts in one transaction")}, indexes re-created afterwards{(provider == DatabaseProvider.Sqlite ? ", FTS5 rebuilt in one pass" : "")}), then {(provider == DatabaseProvider.Postgres ? "VACUUM ANALYZE and CHECKPOINT" : "ANALYZE")} in {analyzed.TotalSeconds:N0} s.");
        report.AppendLine();
        report.AppendLine("| operation | data size | count | median | p95 | p99 | throughput |");
        report.AppendLine("|---|---|---|---|---|---|---|");

        var size = $"{sizes.Cases:N0} cases";
        var sender = database.Sender;
        var agent = world.Users["handlaggare"].Context;
        var owner = world.Users["agare"].Context;
        var orderer = world.Users["bestallare.karolinska"].Context;
        var heavy = world.Users["medarbetare.karolinska"].Context;
        var employee = world.Users["medarbetare.sos"].Context;

        // Full-text search, every term once per operation after a warm-up pass over a few terms.
        var terms = SearchTermSet();
        async Task Search<T>(string name, Func<string, Task<Result<T>>> run)
        {
            foreach (var term in terms.Take(5))
            {
                Check(await run(term), name);
            }

            var timings = new Timings();
            foreach (var term in terms)
            {
                var sw = Stopwatch.StartNew();
                Check(await run(term), name);
                timings.Add(sw.Elapsed.TotalMilliseconds);
            }

            Row(report, name, size, timings);
            Console.WriteLine($"{name}: p95 {Timings.Ms(timings.Percentile(95))}");
        }

        await Search("Search (SearchKnowledge): articles + ranked cases, first-line agent who sees every case", t => sender.Send(new SearchKnowledge(t), agent));
        await Search("Search (SearchKnowledge): articles + ranked cases, It-support member (own group's cases)", t => sender.Send(new SearchKnowledge(t), owner));
        await Search("Search (SearchKnowledge): articles only, a Medarbetare", t => sender.Send(new SearchKnowledge(t), employee));
        await Search("Case list search (ListCases All/Any + text, count + first page), first-line agent", t => sender.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, Search: t), agent));
        await Search("Case list search (ListCases Mine/Any + text), Medarbetare with 0.5 % of all cases", t => sender.Send(new ListCases(CaseListView.Mine, CaseStateFilter.Any, Search: t), heavy));

        // Queue pages and case lists: the first page as the page asks for it.
        async Task List(string name, ListCases request, UserContext user)
        {
            for (var i = 0; i < 3; i++)
            {
                Check(await sender.Send(request, user), name);
            }

            var timings = new Timings();
            var total = "";
            for (var i = 0; i < 40; i++)
            {
                var sw = Stopwatch.StartNew();
                var page = Check(await sender.Send(request, user), name);
                timings.Add(sw.Elapsed.TotalMilliseconds);
                total = page.MoreThanTotal ? $"more than {page.Total:N0}" : $"{page.Total:N0}";
            }

            Row(report, $"{name} ({total} in the list)", size, timings);
            Console.WriteLine($"{name}: {total}, p95 {Timings.Ms(timings.Percentile(95))}");
        }

        await List("Queue page: It-support member, group queue, open, by priority and age", new ListCases(CaseListView.Queue), owner);
        await List("Queue page: first-line agent, Kundtjänst queue, open", new ListCases(CaseListView.Queue), agent);
        await List("Assigned to me: It-support member, open", new ListCases(CaseListView.Assigned), owner);
        await List("Beställare: the customer's open cases (Karolinska)", new ListCases(CaseListView.All), orderer);
        await List("Beställare: the customer's cases, any state", new ListCases(CaseListView.All, CaseStateFilter.Any), orderer);
        await List("Medarbetare: my open cases", new ListCases(CaseListView.Mine), employee);
        await List("Medarbetare: my cases, any state", new ListCases(CaseListView.Mine, CaseStateFilter.Any), employee);
        await List("Requester with many cases: my cases, any state", new ListCases(CaseListView.Mine, CaseStateFilter.Any), heavy);
        await List("Requester with many cases: my open cases", new ListCases(CaseListView.Mine), heavy);

        // SLA: every open case's clocks from its history; the first run writes every case's due times and the warnings and breaches.
        for (var run = 1; run <= 3; run++)
        {
            var result = Check(await sender.Send(new RecomputeSla(), UserContext.System("bench")), "RecomputeSla");
            var label = run == 1 ? "first run: every open case's due times, warnings and breaches written" : "again: nothing new to write";
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| SLA recompute ({label}): {result.OpenCases:N0} open, {result.Changed:N0} changed, {result.Warnings:N0} warnings, {result.Breaches:N0} breaches | {size} | 1 | {result.Elapsed.TotalSeconds:N1} s | – | – | {result.OpenCases / result.Elapsed.TotalSeconds:N0} cases/s |");
            Console.WriteLine($"SLA run {run}: {result}");
        }

        // The API: the real host, its SLA service running every minute as in production.
        await using (var web = await WebHostProcess.StartAsync(repoRoot, provider, database.ConnectionString))
        {
            var token = await ApiLoad.TokenAsync(web.BaseAddress, "medarbetare.karolinska", Password);
            var warmUpSeconds = loadSeconds; // the fresh host's JIT tiering settles within about a minute of load
            foreach (var concurrency in concurrencies)
            {
                var before = (await Sizes(database)).Cases;
                var result = await ApiLoad.RunAsync(web.BaseAddress, token, world.ServiceCodes, concurrency, TimeSpan.FromSeconds(loadSeconds), TimeSpan.FromSeconds(warmUpSeconds),
                    web.CpuTime);
                var after = (await Sizes(database)).Cases;
                var failures = result.Failures.Count == 0 ? "no errors" : string.Join(", ", result.Failures.Select(f => $"{f.Value} × {f.Key}"));
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| POST /api/cases as a Medarbetare (bearer token), {concurrency} concurrent clients, {loadSeconds} s after {warmUpSeconds} s warm-up (warm-up itself {result.WarmUp!.PerSecond:N0} req/s, p99 {Timings.Ms(result.WarmUp.Latency.Percentile(99))}); {failures}; web host CPU {result.HostCpuMsPerCase:N2} ms per case; {after - before:N0} cases stored during warm-up + run | {size} | {result.Created:N0} | {Timings.Ms(result.Latency.Percentile(50))} | {Timings.Ms(result.Latency.Percentile(95))} | {Timings.Ms(result.Latency.Percentile(99))} | {result.PerSecond:N0} req/s |");
                Console.WriteLine($"API, {concurrency} clients: {result.PerSecond:N0}/s, p99 {Timings.Ms(result.Latency.Percentile(99))}, {failures}");
                warmUpSeconds = Math.Min(10, loadSeconds); // the host is warm now
            }
        }

        report.AppendLine();
        report.AppendLine("Server time through `Sender` in the bench process (use case, EF Core, database; no HTTP) for search and lists; " +
            $"search over {terms.Count} terms of different selectivity (common, mid and rare words, prefixes, two-word searches, names, a word in no case). " +
            "The API row is wall time at the load generator, which shares the machine with the web host and the database.");
        return report.ToString();
    }

    /// <summary>Words from the most common (in nearly every case) to ones in a handful, prefixes, pairs, names, and a miss.</summary>
    internal static List<string> SearchTermSet()
    {
        var words = SwedishText.Words;
        var terms = new List<string>();
        terms.AddRange(CommonRanks.Select(i => words[i]));
        terms.AddRange(RarerRanks.Select(i => words[i]));
        terms.AddRange(SwedishText.RareWords.Take(10));
        terms.AddRange(PrefixRanks.Select(i => words[i][..Math.Min(4, words[i].Length)]));
        terms.AddRange(PairRanks.Select(p => $"{words[p.Item1]} {words[p.Item2]}"));
        terms.AddRange(["Johansson", "Lindqvist", "Wallin", "Kalle Nyström", "ingenstansord"]);
        return terms;
    }

    private static void Row(StringBuilder report, string name, string size, Timings timings) =>
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {size} | {timings.Count} | {Timings.Ms(timings.Percentile(50))} | {Timings.Ms(timings.Percentile(95))} | {Timings.Ms(timings.Percentile(99))} | – |");

    private static T Check<T>(Result<T> result, string what) =>
        result.IsOk ? result.Value! : throw new InvalidOperationException($"{what}: {result.Status}");

    private static async Task<(int Cases, int Open, int Events, int Customers, int Groups, int Articles)> Sizes(BenchDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
        var db = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
        var cases = await db.Cases.CountAsync();
        var open = await db.Cases.CountAsync(c => c.Status != Servicenav.ServiceDesk.Domain.CaseStatus.Solved && c.Status != Servicenav.ServiceDesk.Domain.CaseStatus.Closed);
        return (cases, open, await db.CaseEvents.CountAsync(), await db.Customers.CountAsync(), await db.ResolverGroups.CountAsync(), await db.KnowledgeArticles.CountAsync());
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
