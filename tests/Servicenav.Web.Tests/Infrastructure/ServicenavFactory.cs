using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Servicenav.Data;

namespace Servicenav.Web.Tests.Infrastructure;

/// <summary>
/// The real web app with the demo data, on its own fresh database: SQLite in a temp folder, or a fresh
/// PostgreSQL database. With a port it listens on Kestrel for the browser; without, it is an in-memory test server.
/// </summary>
public sealed class ServicenavFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly DatabaseProvider _provider;
    private readonly string? _connectionString;

    private readonly bool _ownsFolder;
    private readonly Action<IServiceCollection>? _testServices;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="dataFolder">An existing data folder to reuse (a restart); by default a new temp folder deleted afterwards.</param>
    /// <param name="testServices">Replaces services after the app's own registrations (e.g. a fake of another module's contract).</param>
    /// <param name="settings">Configuration on top of the test defaults (e.g. how often the mail services poll).</param>
    public ServicenavFactory(bool kestrel, DatabaseProvider provider = DatabaseProvider.Sqlite, string? connectionString = null, string? dataFolder = null,
        Action<IServiceCollection>? testServices = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _testServices = testServices;
        _settings = settings ?? new Dictionary<string, string?>();
        _ownsFolder = dataFolder is null;
        _folder = dataFolder ?? Directory.CreateTempSubdirectory("servicenav-web-").FullName;
        _provider = provider;
        _connectionString = connectionString;
        if (kestrel)
        {
            Port = FreePort();
            UseKestrel(Port.Value);
        }
    }

    public int? Port { get; }

    public string BaseUrl => Port is null ? "http://localhost" : $"http://127.0.0.1:{Port}";

    /// <summary>The customer service's inbound mailbox as a drop folder: an .eml put here becomes a case (or goes to triage).</summary>
    public string InboundMailFolder => Path.Combine(_folder, "mail", "inkommande");

    /// <summary>Where the outbox's mail to requesters is written (Development's <c>ServiceDesk:Mail:Outbound:DropFolder</c>, inside the data folder).</summary>
    public string OutboundMailFolder => Path.Combine(_folder, "mail", "utgaende");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:LedgerLines", "5000"); // the full-size demo ledger takes seconds per test host
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("Database:DataFolder", _folder);
        builder.UseSetting("ConnectionStrings:Servicenav", _connectionString ?? "");
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_folder, "keys"));
        builder.UseSetting("ServiceDesk:Mail:DropFolder", InboundMailFolder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Port is not null)
        {
            builder.UseUrls(BaseUrl);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (_testServices is not null)
        {
            builder.ConfigureTestServices(_testServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite handle may linger a moment; the temp folder is cleaned by the OS.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
