using Npgsql;
using Servicenav.Data;

namespace Servicenav.Tests.Unit;

public class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_gets_prepared_statements_and_no_session_reset()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=servicenav;Username=app"));

        applied.MaxAutoPrepare.ShouldBe(PostgresConnectionDefaults.MaxAutoPrepare);
        applied.AutoPrepareMinUsages.ShouldBe(PostgresConnectionDefaults.AutoPrepareMinUsages);
        applied.NoResetOnClose.ShouldBeTrue();
        applied.Options.ShouldBe(PostgresConnectionDefaults.CustomPlans);
        applied.Host.ShouldBe("db");
        applied.Database.ShouldBe("servicenav");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=7")]
    [InlineData("Host=db;maxautoprepare=0;noresetonclose=false;autoprepareminusages=7")]
    public void What_the_operator_wrote_wins_over_the_defaults(string configured)
    {
        // Behind PgBouncer in transaction mode, for instance, prepared statements must stay off.
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(configured));

        applied.MaxAutoPrepare.ShouldBe(0);
        applied.NoResetOnClose.ShouldBeFalse();
        applied.AutoPrepareMinUsages.ShouldBe(7);
    }

    [Fact]
    public void Options_the_operator_passes_to_the_server_are_kept_beside_the_plan_setting()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Options=-c search_path=servicenav"));

        applied.Options.ShouldBe("-c search_path=servicenav " + PostgresConnectionDefaults.CustomPlans);
        new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Options=-c plan_cache_mode=auto")).Options.ShouldBe("-c plan_cache_mode=auto");
    }
}
