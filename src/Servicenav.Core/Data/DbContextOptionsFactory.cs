using Microsoft.EntityFrameworkCore;

namespace Servicenav.Data;

/// <summary>Configures the context for the chosen provider, with that provider's migrations assembly.</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrationsAssembly = "Servicenav.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Servicenav.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        builder.AddInterceptors(ReferenceCacheCommits.Instance);
    }

    public static DbContextOptions<ServicenavDb> Build(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ServicenavDb>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }
}
