using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Servicenav.Data;

/// <summary>
/// Moves a use case that writes at volume (case intake) onto connections that reuse one generic plan per prepared
/// statement. The product's connections plan every statement for its values (<see cref="PostgresConnectionDefaults.CustomPlans"/>),
/// which searches need; a case's inserts and its by-key lookups have the same best plan whatever the values, and
/// planning them anew for every case cost a quarter of case creation's throughput. The connection string differs only
/// in that setting, so these connections form a pool of their own and never carry it to a search.
/// </summary>
public static class GenericPlanConnection
{
    public const string GenericPlans = "-c plan_cache_mode=auto";

    // The last string derived: every context of a process starts from the same configured one.
    private static Derived? _last;

    /// <summary>
    /// Switches the context before its first query, for its scope only (a pooled context gets the configured string back
    /// in the next scope); a context already connected or in a transaction stays as it is.
    /// </summary>
    public static void Use(ServicenavDb db)
    {
        var database = db.Database;
        if (!database.IsNpgsql() || database.CurrentTransaction is not null || database.GetDbConnection().State != ConnectionState.Closed)
        {
            return;
        }

        var current = database.GetConnectionString();
        if (current is not null)
        {
            db.UseConnectionStringForScope(For(current));
        }
    }

    /// <summary>The same connection string with generic plans allowed, unless its operator chose a plan mode themselves.</summary>
    public static string For(string connectionString)
    {
        var last = _last;
        if (last is not null && string.Equals(last.From, connectionString, StringComparison.Ordinal))
        {
            return last.To;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains(PostgresConnectionDefaults.CustomPlans, StringComparison.Ordinal) == true)
        {
            builder.Options = builder.Options.Replace(PostgresConnectionDefaults.CustomPlans, GenericPlans, StringComparison.Ordinal);
        }

        _last = new Derived(connectionString, builder.ConnectionString);
        return _last.To;
    }

    private sealed record Derived(string From, string To);
}
