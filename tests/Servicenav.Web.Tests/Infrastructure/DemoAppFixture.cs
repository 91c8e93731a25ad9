namespace Servicenav.Web.Tests.Infrastructure;

/// <summary>
/// One running demo app on Kestrel shared by the browser tests that only read. Tests that change data
/// start their own app with <see cref="StartIsolatedAsync"/> so they cannot disturb each other.
/// </summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    private ServicenavFactory? _factory;

    public string BaseUrl => _factory!.BaseUrl;

    public IServiceProvider Services => _factory!.Services;

    public Task InitializeAsync()
    {
        _factory = StartIsolated();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh app with its own demo database, listening on its own port, with optional extra configuration.</summary>
    public static ServicenavFactory StartIsolated(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new ServicenavFactory(kestrel: true, settings: settings);
        factory.StartServer();
        return factory;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<DemoAppFixture>
{
    public const string Name = "browser";
}
