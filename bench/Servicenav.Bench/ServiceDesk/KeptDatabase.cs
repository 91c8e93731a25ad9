using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>A database an earlier bench run kept (SERVICENAV_BENCH_KEEP=1): Core on it, and its demo users as the web host sees them.</summary>
internal static class KeptDatabase
{
    public static ServiceProvider Services(string connectionString) =>
        new ServiceCollection().AddServicenavCore(DatabaseProvider.Postgres, connectionString).BuildServiceProvider();

    public static async Task<UserContext> UserAsync(IServiceProvider services, string userName, Role role)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("bench"));
        var user = await scope.ServiceProvider.GetRequiredService<ServicenavDb>().Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return new UserContext(user.Id, user.UserName, [role], user.CustomerId);
    }
}
