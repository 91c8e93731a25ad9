using Servicenav.Access;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>Runs before the app serves requests: migrations (when configured) and, in demo mode, the demo data.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("startup"));
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        if (configuration.GetValue("Demo:Enabled", false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }
    }
}
