using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Servicenav.Data;
using Servicenav.Web.Tests.Infrastructure;

namespace Servicenav.Web.Tests.Api;

/// <summary>The web host configured for PostgreSQL (production) migrates, seeds and serves like on SQLite.</summary>
public sealed class PostgresHostTests
{
    [Fact]
    public async Task Web_host_on_Postgres_serves_the_demo()
    {
        var admin = Environment.GetEnvironmentVariable("SERVICENAV_TEST_POSTGRES")
            ?? throw new InvalidOperationException("SERVICENAV_TEST_POSTGRES is not set: run ./test.sh, which starts a throwaway PostgreSQL cluster.");
        var database = "servicenav_web_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        try
        {
            using var factory = new ServicenavFactory(kestrel: false, DatabaseProvider.Postgres, connectionString);
            var token = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "controller", password = Hosting.DemoSeeder.Password }))
                .Content.ReadFromJsonAsync<JsonElement>();
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());

            var matrix = await client.GetFromJsonAsync<JsonElement>("/api/usage");
            matrix.GetProperty("totalEmployees").GetInt32().ShouldBe(47_623);
            matrix.GetProperty("rows").GetArrayLength().ShouldBe(21);
            (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health")).GetProperty("status").GetString().ShouldBe("Healthy");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
