using System.Globalization;
using Npgsql;
using Servicenav.Data;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// Only the API part of <see cref="ServiceDeskBench"/>, against a database a previous run kept
/// (SERVICENAV_BENCH_KEEP=1): for profiling case creation without loading a million cases each time.
/// Usage: dotnet run -c Release --project bench/Servicenav.Bench -- servicedesk-api &lt;postgres connection string&gt; [seconds] [clients] [warm-up seconds]
/// </summary>
internal static class ApiOnlyBench
{
    public static async Task Run(string[] args, string repoRoot)
    {
        var connectionString = args[0];
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;
        var warmUp = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        var codes = new List<string>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT \"ServiceCode\" FROM \"CaseServiceRoutes\" ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }
        }

        await using var web = await WebHostProcess.StartAsync(repoRoot, DatabaseProvider.Postgres, connectionString);
        var token = await ApiLoad.TokenAsync(web.BaseAddress, "medarbetare.karolinska", "Servicenav-demo1");
        var result = await ApiLoad.RunAsync(web.BaseAddress, token, codes, clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmUp), web.CpuTime);
        Console.WriteLine($"API, {clients} clients, {seconds} s after {warmUp} s warm-up: {result.PerSecond:N0}/s, p50 {Timings.Ms(result.Latency.Percentile(50))}, p99 {Timings.Ms(result.Latency.Percentile(99))}, failures {result.Failures.Count}; host CPU {result.HostCpuMsPerCase:N2} ms/case; warm-up {result.WarmUp!.PerSecond:N0}/s");
    }
}
