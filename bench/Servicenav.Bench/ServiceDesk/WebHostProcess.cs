using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Servicenav.Data;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>
/// The real web host (src/Servicenav.Web, Release build) as a child process on a loopback port, in the Production
/// environment with the product's own appsettings, pointed at the bench database: the whole stack a client meets —
/// Kestrel, authentication, the endpoint, the use case, EF Core — and the host's background services (the SLA
/// recompute every minute) as in production. Demo mode seeds the demo users, catalogue and customers on first start
/// and leaves an already seeded database alone.
/// </summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private WebHostProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string LogFile => Path.Combine(_folder, "web.log");

    /// <summary>CPU time the host process has used so far (user and system).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public static async Task<WebHostProcess> StartAsync(string repoRoot, DatabaseProvider provider, string connectionString)
    {
        var dll = Path.Combine(repoRoot, "src", "Servicenav.Web", "bin", "Release", "net10.0", "Servicenav.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} not found: build it first (dotnet build src/Servicenav.Web -c Release; bench/servicedesk.sh does).");
        }

        var folder = Directory.CreateTempSubdirectory("servicenav-bench-web-").FullName;
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["Database__DataFolder"] = folder;
        start.Environment["ConnectionStrings__Servicenav"] = connectionString;
        start.Environment["DataProtection__KeysFolder"] = Path.Combine(folder, "keys");
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Demo__LedgerLines"] = "5000"; // the demo ledger is not what is measured here
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web host did not start.");
        var log = new StreamWriter(Path.Combine(folder, "web.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new WebHostProcess(process, folder, baseAddress);

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(15))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web host exited with {process.ExitCode}; see {host.LogFile}.");
            }

            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    Console.WriteLine($"Web host ready on {baseAddress} after {waited.Elapsed.TotalSeconds:N0} s");
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet (migrations and demo data run before Kestrel starts).
            }

            await Task.Delay(500);
        }

        await host.DisposeAsync();
        throw new TimeoutException("The web host did not answer /health within 15 minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
