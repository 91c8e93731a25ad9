using Microsoft.EntityFrameworkCore.Design;
using Servicenav.Access;
using Servicenav.Data;

namespace Servicenav.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the model for this provider. No database is opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ServicenavDb>
{
    public ServicenavDb CreateDbContext(string[] args)
    {
        var user = new CurrentUser();
        user.Set(UserContext.System("design-time"));
        return new ServicenavDb(DbContextOptionsFactory.Build(DatabaseProvider.Postgres, "Host=localhost;Database=servicenav_design;Username=postgres")).ForScope(user, TimeProvider.System);
    }
}
