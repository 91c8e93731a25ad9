using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>What a load run saw: successes, failures by status, latency of every request (failures included), wall time.</summary>
internal sealed record LoadResult(int Concurrency, int Created, IReadOnlyDictionary<string, int> Failures, Timings Latency, TimeSpan Elapsed)
{
    public double PerSecond => Created / Elapsed.TotalSeconds;

    /// <summary>The warm-up before the measured run, reported beside it (a fresh host JIT-compiles its hot paths meanwhile).</summary>
    public LoadResult? WarmUp { get; init; }

    /// <summary>CPU the web host used during the run, per case created: steadier than req/s on a shared, noisy box.</summary>
    public double? HostCpuMsPerCase { get; init; }
}

/// <summary>
/// A closed-loop load generator: a fixed number of workers, each posting the next case as soon as its previous one
/// was answered, with a bearer token from /api/auth/token, over pooled keep-alive connections on loopback. The
/// generator runs on the same two cores as the web host and the database, as the bar demands.
/// </summary>
internal static class ApiLoad
{
    public static async Task<string> TokenAsync(Uri baseAddress, string userName, string password)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<LoadResult> RunAsync(Uri baseAddress, string token, IReadOnlyList<string> serviceCodes, int concurrency, TimeSpan duration, TimeSpan warmUp,
        Func<TimeSpan>? hostCpu = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var warm = await Phase(http, serviceCodes, concurrency, warmUp, seed: 1);
        var cpuBefore = hostCpu?.Invoke();
        var run = await Phase(http, serviceCodes, concurrency, duration, seed: 2);
        var cpuUsed = hostCpu?.Invoke() - cpuBefore;
        return run with { WarmUp = warm, HostCpuMsPerCase = cpuUsed is { } used && run.Created > 0 ? used.TotalMilliseconds / run.Created : null };
    }

    private static async Task<LoadResult> Phase(HttpClient http, IReadOnlyList<string> serviceCodes, int concurrency, TimeSpan duration, int seed)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var text = new SwedishText(seed * 1000 + w);
            var random = new Random(seed * 1000 + w);
            var latencies = new List<double>(4096);
            var failures = new Dictionary<string, int>();
            var created = 0;
            while (clock.Elapsed < duration)
            {
                var body = new
                {
                    type = random.Next(2) == 0 ? "Question" : "FaultReport",
                    subject = text.Subject(),
                    description = text.Description(),
                    serviceCode = random.Next(10) == 0 ? null : serviceCodes[random.Next(serviceCodes.Count)],
                    channel = "Api",
                    impact = "Low",
                    urgency = random.Next(3) == 0 ? "High" : "Medium",
                };
                var sent = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/cases", body);
                    await response.Content.ReadAsByteArrayAsync();
                    failure = response.StatusCode == HttpStatusCode.Created ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failure = e.GetType().Name;
                }

                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (failure is null)
                {
                    created++;
                }
                else
                {
                    failures[failure] = failures.GetValueOrDefault(failure) + 1;
                }
            }

            return (latencies, failures, created);
        })).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var timings = new Timings();
        var allFailures = new Dictionary<string, int>();
        foreach (var (latencies, failures, _) in results)
        {
            timings.AddRange(latencies);
            foreach (var (kind, n) in failures)
            {
                allFailures[kind] = allFailures.GetValueOrDefault(kind) + n;
            }
        }

        return new LoadResult(concurrency, results.Sum(r => r.created), allFailures, timings, elapsed);
    }
}
