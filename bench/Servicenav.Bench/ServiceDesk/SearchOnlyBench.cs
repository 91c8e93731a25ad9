using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// Per-term search timings against a database a previous run kept (SERVICENAV_BENCH_KEEP=1), to find the terms that
/// make a p95. Usage: dotnet run -c Release --project bench/Servicenav.Bench -- servicedesk-search &lt;postgres connection string&gt;
/// </summary>
internal static class SearchOnlyBench
{
    public static async Task Run(string connectionString)
    {
        await using var services = KeptDatabase.Services(connectionString);
        var sender = services.GetRequiredService<Sender>();
        var users = new Dictionary<string, UserContext>
        {
            ["handlaggare"] = await KeptDatabase.UserAsync(services, "handlaggare", Role.Handlaggare),
            ["agare"] = await KeptDatabase.UserAsync(services, "agare", Role.Tjansteagare),
        };

        foreach (var (label, run) in new (string, Func<string, Task>)[]
        {
            ("search, first line", async t => await sender.Send(new SearchKnowledge(t), users["handlaggare"])),
            ("search, It-support", async t => await sender.Send(new SearchKnowledge(t), users["agare"])),
            ("list search, first line", async t => await sender.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, Search: t), users["handlaggare"])),
        })
        {
            var terms = ServiceDeskBench.SearchTermSet();
            foreach (var term in terms.Take(5))
            {
                await run(term);
            }

            var times = new List<(double Ms, string Term)>();
            foreach (var term in terms)
            {
                var sw = Stopwatch.StartNew();
                await run(term);
                times.Add((sw.Elapsed.TotalMilliseconds, term));
            }

            Console.WriteLine($"{label}: " + string.Join(", ", times.OrderByDescending(t => t.Ms).Take(8).Select(t => $"{t.Term} {t.Ms:N0} ms")));
        }
    }
}
