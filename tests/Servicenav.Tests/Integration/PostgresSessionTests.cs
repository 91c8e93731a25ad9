using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

/// <summary>The product's own connections to PostgreSQL carry <see cref="Servicenav.Data.PostgresConnectionDefaults"/>.</summary>
public class PostgresSessionTests
{
    [Fact]
    public async Task The_products_connections_plan_every_statement_for_its_values_and_keep_prepared_ones()
    {
        await using var app = await TestApp.Start(DatabaseKind.Postgres);

        var (planCache, prepared) = await app.Query(async d =>
        {
            await d.Database.OpenConnectionAsync();
            var mode = await d.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
            for (var i = 0; i < 3; i++)
            {
                await d.Customers.AsNoTracking().CountAsync();
            }

            var count = await d.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_prepared_statements").SingleAsync();
            return (mode, count);
        });

        planCache.ShouldBe("force_custom_plan");
        prepared.ShouldBeGreaterThan(0L, "a statement run more than once on a connection is prepared");
    }

    [Fact]
    public async Task Case_intake_reuses_one_plan_per_statement_while_other_queries_are_planned_for_their_values()
    {
        await using var app = await TestApp.Start(DatabaseKind.Postgres);

        var intake = await app.Query(async d =>
        {
            GenericPlanConnection.Use(d);
            await d.Database.OpenConnectionAsync();
            for (var i = 0; i < 8; i++)
            {
                d.RootCauses.Add(new RootCause($"orsak-{i}", $"Orsak {i}"));
                await d.SaveChangesAsync();
            }

            return await PreparedAsync(d);
        });
        var elsewhere = await app.Query(async d =>
        {
            await d.Database.OpenConnectionAsync();
            for (var i = 0; i < 8; i++)
            {
                await d.RootCauses.AsNoTracking().Where(r => r.Code == $"orsak-{i}").CountAsync();
            }

            return await PreparedAsync(d);
        });

        // Both scopes rent the same pooled context: the second must be back on the ordinary connection string.
        // PostgreSQL weighs a generic plan after five custom ones: intake takes it, the ordinary connection never does.
        intake.Single(s => s.Statement.StartsWith("INSERT INTO \"RootCauses\"", StringComparison.Ordinal)).GenericPlans.ShouldBeGreaterThan(0L);
        var query = elsewhere.Single(s => s.Statement.StartsWith("SELECT", StringComparison.Ordinal) && s.Statement.Contains("FROM \"RootCauses\"", StringComparison.Ordinal));
        (query.GenericPlans, query.CustomPlans >= 6).ShouldBe((0L, true));
    }

    private static Task<List<PreparedStatement>> PreparedAsync(ServicenavDb d) =>
        d.Database.SqlQueryRaw<PreparedStatement>(
            "SELECT statement AS \"Statement\", generic_plans AS \"GenericPlans\", custom_plans AS \"CustomPlans\" FROM pg_prepared_statements").ToListAsync();

    private sealed record PreparedStatement(string Statement, long GenericPlans, long CustomPlans);
}
