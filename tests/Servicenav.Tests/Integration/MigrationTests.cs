using Microsoft.EntityFrameworkCore;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class MigrationTests
{
    [Theory, AllDatabases]
    public async Task Model_HasNoChangesThatNoMigrationCovers(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var pending = await app.Query(d => Task.FromResult(d.Database.HasPendingModelChanges()));

        pending.ShouldBeFalse("the model changed without a migration: add one with dotnet ef migrations add for this provider");
    }

    [Theory, AllDatabases]
    public async Task FreshDatabase_HasEveryMigrationApplied(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var (all, applied) = await app.Query(async d => (d.Database.GetMigrations().ToList(), (await d.Database.GetAppliedMigrationsAsync()).ToList()));

        all.ShouldNotBeEmpty();
        applied.ShouldBe(all);
    }
}
