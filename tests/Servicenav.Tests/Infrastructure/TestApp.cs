using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Imports.StockholmDemo;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Infrastructure;

/// <summary>
/// Servicenav Core as the web and CLI host it: <c>AddServicenavCore(provider, connectionString)</c> on a fresh
/// database, with a clock the test controls. Use cases go through <see cref="Send{T}"/> as a given user,
/// exactly as the hosts call them; <see cref="Query{T}"/> reads the database directly for assertions.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    /// <summary>A date after the Stockholm catalogue took effect (2025-01-01).</summary>
    public static readonly DateOnly DefaultToday = new(2026, 3, 2);

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private TestApp(TestDatabase database, FakeClock clock, Action<IServiceCollection>? configure)
    {
        _database = database;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddServicenavCore(database.Provider, database.ConnectionString);
        AttachmentFolder = Directory.CreateTempSubdirectory("servicenav-attachments-").FullName;
        services.AddSingleton(new Servicenav.ServiceDesk.AttachmentSettings { Folder = AttachmentFolder });
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Sender = _services.GetRequiredService<Sender>();
    }

    public DatabaseKind Kind => _database.Kind;

    public FakeClock Clock { get; }

    /// <summary>This app's own attachment store folder (a temp folder, deleted with the app).</summary>
    public string AttachmentFolder { get; }

    public IServiceProvider Services => _services;

    public Sender Sender { get; }

    /// <param name="configure">Replaces registrations, e.g. another module's contract with a fake.</param>
    public static async Task<TestApp> Start(DatabaseKind kind, DateOnly? today = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabases.Create(kind);
        return new TestApp(database, new FakeClock(today ?? DefaultToday), configure);
    }

    public Task<T> Send<T>(IRequest<T> request, UserContext user) => Sender.Send(request, user);

    /// <summary>Reads or checks the database outside any use case, as the system (no customer scope).</summary>
    public async Task<T> Query<T>(Func<ServicenavDb, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("test-assertions"));
        return await query(scope.ServiceProvider.GetRequiredService<ServicenavDb>());
    }

    /// <summary>Imports demo-data/stockholm (copied next to the test assembly) as the system, like the CLI's import.</summary>
    public async Task<ImportReport> ImportStockholm(string? folder = null) =>
        (await Send(new ImportStockholmDemo(folder ?? StockholmSource.Folder), UserContext.System("import"))).ShouldBeOk();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(AttachmentFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open is left to the OS's temp cleaning.
        }
    }
}

public static class ResultAssertions
{
    /// <summary>The value of a use case that must have succeeded; fails with the status otherwise.</summary>
    public static T ShouldBeOk<T>(this Result<T> result)
    {
        result.Status.ShouldBe(ResultStatus.Ok, "the use case should have succeeded");
        return result.Value!;
    }
}
