using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Customers.Features;
using Servicenav.Data;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

/// <summary>Contexts come from EF's pool: one instance serves many requests in turn, each with its own user's scope.</summary>
public class ContextPoolTests
{
    [Theory, AllDatabases]
    public async Task A_context_from_the_pool_sees_what_each_new_user_may_see_and_nothing_of_the_previous_one(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var all = (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk();
        var kultur = all.Single(c => c.Name == "Kulturnämnden");
        var karolinska = all.Single(c => c.Name == "Karolinska Universitetssjukhuset");

        var first = await ContextOfAScopeAsync(app);
        var second = await ContextOfAScopeAsync(app);
        var asKultur = (await app.Send(new ListCustomers(), As.Bestallare(kultur.Id))).ShouldBeOk();
        var asKarolinska = (await app.Send(new ListCustomers(), As.Bestallare(karolinska.Id))).ShouldBeOk();
        var asStaffAgain = (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk();

        second.ShouldBeSameAs(first, "a scope's context goes back to the pool and serves the next scope");
        asKultur.ShouldHaveSingleItem().Id.ShouldBe(kultur.Id);
        asKarolinska.ShouldHaveSingleItem().Id.ShouldBe(karolinska.Id);
        asStaffAgain.Count.ShouldBe(all.Count);
    }

    [Theory, AllDatabases]
    public async Task A_context_not_bound_to_a_scopes_user_refuses_to_query_customer_data(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await using var unbound = await app.Services.GetRequiredService<IDbContextFactory<ServicenavDb>>().CreateDbContextAsync();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => unbound.Customers.CountAsync());

        error.Message.ShouldContain(nameof(ServicenavDb.ForScope));
    }

    private static async Task<ServicenavDb> ContextOfAScopeAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(As.Handlaggare);
        var context = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
        (await context.Customers.CountAsync()).ShouldBeGreaterThan(0);
        return context;
    }
}
