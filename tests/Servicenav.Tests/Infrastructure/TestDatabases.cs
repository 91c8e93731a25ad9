using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Servicenav.Access;
using Servicenav.Data;

namespace Servicenav.Tests.Infrastructure;

/// <summary>One fresh, migrated database for one test. Disposing it deletes (SQLite) or drops (PostgreSQL) it.</summary>
public sealed class TestDatabase(DatabaseKind kind, string connectionString, Func<Task> drop) : IAsyncDisposable
{
    public DatabaseKind Kind { get; } = kind;

    public DatabaseProvider Provider => Kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync() => await drop();
}

/// <summary>
/// Hands out fresh databases quickly. Each provider's schema is migrated once per test run into a
/// template — a file for SQLite (copied per test), the database <c>servicenav_template</c> for
/// PostgreSQL (<c>CREATE DATABASE … TEMPLATE</c> per test) — so every test starts from a clean,
/// fully migrated database without paying for the migrations again.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "SERVICENAV_TEST_POSTGRES";
    private const string PostgresTemplate = "servicenav_template";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"servicenav-tests-{Environment.ProcessId}");
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplate);
    private static readonly Lazy<Task<string>> PostgresServer = new(CreatePostgresTemplate);
    private static readonly SemaphoreSlim PostgresCreate = new(1, 1);

    static TestDatabases()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanUp();
    }

    public static Task<TestDatabase> Create(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => CreateSqlite(),
        DatabaseKind.Postgres => CreatePostgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static async Task<TestDatabase> CreateSqlite()
    {
        var template = await SqliteTemplate.Value;
        var path = Path.Combine(Folder, $"test-{Guid.NewGuid():N}.db");
        File.Copy(template, path);
        return new TestDatabase(DatabaseKind.Sqlite, SqliteConnectionString(path), () =>
        {
            foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgres()
    {
        var server = await PostgresServer.Value;
        var name = $"servicenav_t_{Guid.NewGuid():N}";
        await PostgresCreate.WaitAsync();
        try
        {
            await Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE {PostgresTemplate}");
        }
        finally
        {
            PostgresCreate.Release();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
        return new TestDatabase(DatabaseKind.Postgres, connectionString, async () =>
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            await Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    private static string SqliteConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;

    private static async Task<string> CreateSqliteTemplate()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, "template.db");
        await Migrate(DatabaseProvider.Sqlite, SqliteConnectionString(path));
        return path;
    }

    /// <summary>Returns the server's maintenance connection string once the template database is migrated.</summary>
    private static async Task<string> CreatePostgresTemplate()
    {
        var configured = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set, so the PostgreSQL integration tests cannot run. Run ./test.sh (it starts a " +
                "throwaway PostgreSQL 15 cluster and sets it), or in one shell: source scripts/postgres.sh && pg_start && dotnet test tests/Servicenav.Tests");
        }

        var server = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false }.ConnectionString;
        await Execute(server, $"DROP DATABASE IF EXISTS {PostgresTemplate} WITH (FORCE)");
        await Execute(server, $"CREATE DATABASE {PostgresTemplate}");
        await Migrate(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = PostgresTemplate }.ConnectionString);
        return server;
    }

    /// <summary>Migrates through the application's own migrator, as the CLI and web host do.</summary>
    private static async Task Migrate(DatabaseProvider provider, string connectionString)
    {
        var services = new ServiceCollection().AddServicenavCore(provider, connectionString);
        await using var provided = services.BuildServiceProvider();
        await using var scope = provided.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("test-migrations"));
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void CleanUp()
    {
        try
        {
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail the run over it.
        }
    }
}
