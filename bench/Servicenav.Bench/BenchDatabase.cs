using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Bench;

/// <summary>A fresh, migrated database for one measurement: a temp SQLite file, or a new PostgreSQL database.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchDatabase(ServiceProvider services, Func<Task> drop)
    {
        Services = services;
        _drop = drop;
    }

    public ServiceProvider Services { get; }

    public Sender Sender => Services.GetRequiredService<Sender>();

    public string ConnectionString { get; private init; } = "";

    public static async Task<BenchDatabase> Create(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        string connectionString;
        Func<Task> drop;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"servicenav-bench-{Guid.NewGuid():N}.db");
            connectionString = $"Data Source={file}";
            drop = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(file);
                return Task.CompletedTask;
            };
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("SERVICENAV_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set SERVICENAV_TEST_POSTGRES or use bench/run.sh, which starts a throwaway cluster.");
            var name = "servicenav_bench_" + Guid.NewGuid().ToString("N")[..10];
            connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            drop = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            };
        }

        var collection = new ServiceCollection().AddServicenavCore(provider, connectionString);
        configure?.Invoke(collection); // fakes of contracts another module implements
        var services = collection.BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        return new BenchDatabase(services, drop) { ConnectionString = connectionString };
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        // SERVICENAV_BENCH_KEEP=1 leaves the loaded database behind, to look at its plans (EXPLAIN ANALYZE) afterwards.
        if (Environment.GetEnvironmentVariable("SERVICENAV_BENCH_KEEP") == "1")
        {
            Console.WriteLine($"Kept the bench database: {ConnectionString}");
            return;
        }

        await _drop();
    }
}
