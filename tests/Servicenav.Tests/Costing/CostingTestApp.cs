using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Catalog.Features;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Costing;

/// <summary>
/// Servicenav Core on a fresh real database, as in <see cref="TestApp"/>, with the ledger's pools faked (the ledger is
/// another module, reached only through <see cref="ICostPools"/>) — costing's own persistence is the real thing.
/// </summary>
public sealed class CostingTestApp : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private CostingTestApp(TestDatabase database)
    {
        _database = database;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddServicenavCore(database.Provider, database.ConnectionString);
        services.AddSingleton<ICostPools>(Pools);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Sender = _services.GetRequiredService<Sender>();
    }

    public FakeClock Clock { get; } = new(TestApp.DefaultToday);

    public FakeCostPools Pools { get; } = new();

    public Sender Sender { get; }

    public static async Task<CostingTestApp> Start(DatabaseKind kind) => new(await TestDatabases.Create(kind));

    public Task<T> Send<T>(IRequest<T> request, UserContext? user = null) => Sender.Send(request, user ?? As.Controller);

    public async Task<T> Query<T>(Func<ServicenavDb, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("test-assertions"));
        return await query(scope.ServiceProvider.GetRequiredService<ServicenavDb>());
    }

    public async Task<ServiceSelfCosts?> SelfCosts(int year)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("pricing"));
        return await scope.ServiceProvider.GetRequiredService<IServiceSelfCosts>().ForYearAsync(year);
    }

    /// <summary>A decided catalogue with two areas and four services.</summary>
    public async Task DecideCatalogue()
    {
        var version = (await Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        (await Send(new AddCatalogArea { VersionNumber = version, Code = "it", Name = "Grundläggande it" }, As.Admin)).ShouldBeOk();
        (await Send(new AddCatalogArea { VersionNumber = version, Code = "lon", Name = "Lön och personal" }, As.Admin)).ShouldBeOk();
        foreach (var (code, area, name) in new[] { ("it-arbetsplats", "it", "It-arbetsplats"), ("natverk", "it", "Nätverk"), ("lon", "lon", "Lönehantering"), ("rekrytering", "lon", "Rekrytering") })
        {
            (await Send(A.Service(code, area).Named(name).Add(version), As.Admin)).ShouldBeOk();
        }

        (await Send(SmallCatalog.Decision(version, "FSN 2025-0112", new DateOnly(2025, 1, 1)), As.Admin)).ShouldBeOk();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
