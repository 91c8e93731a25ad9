using Servicenav.Access;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Usage.Domain;
using Servicenav.Usage.Features;

namespace Servicenav.Tests.Integration;

/// <summary>A customer's users see only that customer's data — whichever use case they go through.</summary>
public class CustomerScopeTests
{
    private static async Task<(TestApp App, CustomerSummaryDto Own, CustomerSummaryDto Other)> Stockholm(DatabaseKind db)
    {
        var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var all = (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk();
        return (app, all.Single(c => c.Name == "Kulturnämnden"), all.Single(c => c.Name == "Karolinska Universitetssjukhuset"));
    }

    [Theory, AllDatabases]
    public async Task Bestallare_ListCustomers_ReturnsOnlyTheirOwnCustomer(DatabaseKind db)
    {
        var (app, own, _) = await Stockholm(db);
        await using var _ = app;

        var customers = (await app.Send(new ListCustomers(), As.Bestallare(own.Id))).ShouldBeOk();

        customers.ShouldHaveSingleItem().Id.ShouldBe(own.Id);
        (await app.Send(new ListCustomers("Karolinska"), As.Bestallare(own.Id))).ShouldBeOk().ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task Bestallare_GetAnotherCustomer_IsNotFoundNotForbidden(DatabaseKind db)
    {
        var (app, own, other) = await Stockholm(db);
        await using var _ = app;

        (await app.Send(new GetCustomer(other.Id), As.Bestallare(own.Id))).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new GetCustomer(own.Id), As.Bestallare(own.Id))).ShouldBeOk().Name.ShouldBe("Kulturnämnden");
        (await app.Send(new GetCustomer(other.Id), As.Medarbetare(own.Id))).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task Bestallare_UsageMatrix_ShowsOnlyTheirRowButRegionWideCoverage(DatabaseKind db)
    {
        var (app, own, _) = await Stockholm(db);
        await using var _ = app;
        var staffView = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        var matrix = (await app.Send(new GetUsageMatrix(), As.Bestallare(own.Id))).ShouldBeOk();

        matrix.ShowsAllCustomers.ShouldBeFalse();
        matrix.Rows.ShouldHaveSingleItem().CustomerId.ShouldBe(own.Id);
        matrix.ServiceCoverage.ShouldBe(staffView.ServiceCoverage);
        matrix.AreaCoverage.ShouldBe(staffView.AreaCoverage);
        matrix.CustomerCount.ShouldBe(21);
        matrix.TotalEmployees.ShouldBe(47_623);
    }

    [Theory, AllDatabases]
    public async Task Bestallare_UsageExport_ContainsNoOtherCustomer(DatabaseKind db)
    {
        var (app, own, other) = await Stockholm(db);
        await using var _ = app;

        var file = (await app.Send(new ExportUsage(ExportFormat.Csv), As.Bestallare(own.Id))).ShouldBeOk();

        var text = System.Text.Encoding.UTF8.GetString(file.Content);
        text.ShouldContain(own.Name);
        text.ShouldNotContain(other.Name);
    }

    [Theory, AllDatabases]
    public async Task Bestallare_MayNotChangeUsageOrCustomers(DatabaseKind db)
    {
        var (app, own, _) = await Stockholm(db);
        await using var _ = app;
        var bestallare = As.Bestallare(own.Id);

        (await app.Send(new SetServiceUsage { CustomerId = own.Id, ServiceCode = "chefsstod", Status = UsageStatus.DoesNotUse }, bestallare))
            .Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(A.Customer("Ny nämnd"), bestallare)).Status.ShouldBe(ResultStatus.Forbidden);
        var update = new UpdateCustomer { Id = own.Id };
        update.CopyFrom((await app.Send(new GetCustomer(own.Id), bestallare)).ShouldBeOk());
        update.Employees = 1;
        (await app.Send(update, bestallare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new SaveOrderer { CustomerId = own.Id, Name = "Bea", Email = "bea@example.se" }, bestallare)).Status.ShouldBe(ResultStatus.Forbidden);

        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();
        matrix.Rows.Single(r => r.CustomerId == own.Id).Cells.Single(c => c.ServiceCode == "chefsstod").Status.ShouldBe(UsageStatus.Uses);
        (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk().Count.ShouldBe(21);
        (await app.Send(new GetCustomer(own.Id), As.Handlaggare)).ShouldBeOk().Employees.ShouldBe(own.Employees);
    }

    [Theory, AllDatabases]
    public async Task Staff_SeeEveryCustomer(DatabaseKind db)
    {
        var (app, _, other) = await Stockholm(db);
        await using var _ = app;

        foreach (var staff in new[] { As.Handlaggare, As.Controller, As.Admin, As.Tjansteagare(Guid.NewGuid()) })
        {
            (await app.Send(new ListCustomers(), staff)).ShouldBeOk().Count.ShouldBe(21, staff.UserName);
            (await app.Send(new GetCustomer(other.Id), staff)).ShouldBeOk();
            var matrix = (await app.Send(new GetUsageMatrix(), staff)).ShouldBeOk();
            matrix.Rows.Count.ShouldBe(21, staff.UserName);
            matrix.ShowsAllCustomers.ShouldBeTrue();
        }
    }

    [Theory, AllDatabases]
    public async Task Anonymous_SeesNothing(DatabaseKind db)
    {
        var (app, own, _) = await Stockholm(db);
        await using var _ = app;

        (await app.Send(new ListCustomers(), UserContext.Anonymous)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new GetCustomer(own.Id), UserContext.Anonymous)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListCatalogServices(), UserContext.Anonymous)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task ScopesOfDifferentUsers_DoNotLeakIntoEachOther(DatabaseKind db)
    {
        var (app, own, other) = await Stockholm(db);
        await using var _ = app;

        // Alternate users on the same application: each query must use the scope of the user asking.
        for (var i = 0; i < 3; i++)
        {
            (await app.Send(new ListCustomers(), As.Bestallare(own.Id))).ShouldBeOk().ShouldHaveSingleItem().Id.ShouldBe(own.Id);
            (await app.Send(new ListCustomers(), As.Bestallare(other.Id))).ShouldBeOk().ShouldHaveSingleItem().Id.ShouldBe(other.Id);
            (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk().Count.ShouldBe(21);
        }
    }
}
