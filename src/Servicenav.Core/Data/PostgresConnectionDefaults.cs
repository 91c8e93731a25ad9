using System.Data.Common;
using Npgsql;

namespace Servicenav.Data;

/// <summary>
/// Settings this product wants on every PostgreSQL connection unless the configured connection string says otherwise.
/// Npgsql prepares nothing by default, so the server parses and plans every statement anew: under case creation that
/// was a third of PostgreSQL's CPU. With automatic preparation each pooled connection keeps the plans of the
/// statements it runs most. A region behind a pooler that cannot keep prepared statements (PgBouncer before 1.21 in
/// transaction mode) sets <c>Max Auto Prepare=0</c> in its connection string.
/// Npgsql also resets a connection's session (RESET ALL, CLOSE ALL, DISCARD …: one more parsed batch) each time EF
/// Core hands it back to the pool, which is several times per request. Servicenav keeps no session state: settings
/// are SET LOCAL, temporary tables ON COMMIT DROP, advisory locks transaction-scoped; so the reset is skipped.
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    public const int AutoPrepareMinUsages = 2;

    /// <summary>
    /// A prepared statement is still planned for its actual values: after five runs PostgreSQL would otherwise try one
    /// generic plan for all values, and a search for a word in every case and one in a handful want different plans.
    /// Preparing still saves the parsing and analysis; a use case whose statements have one best plan whatever the
    /// values, and run often, opts into generic plans (<see cref="GenericPlanConnection"/>).
    /// </summary>
    public const string CustomPlans = "-c plan_cache_mode=force_custom_plan";

    /// <summary>The connection string with these settings added where it does not name them itself.</summary>
    public static string Apply(string connectionString)
    {
        // The keys as written, to tell "not mentioned" from an explicit value (Npgsql's builder reports its defaults).
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(written, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Mentions(written, "Auto Prepare Min Usages"))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!Mentions(written, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        if (builder.Options?.Contains("plan_cache_mode", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? CustomPlans : builder.Options + " " + CustomPlans;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(DbConnectionStringBuilder written, string keyword) =>
        written.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), keyword.Replace(" ", "", StringComparison.Ordinal),
            StringComparison.OrdinalIgnoreCase));
}
