using Servicenav.Customers.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Usage.Domain;
using Servicenav.Usage.Features;

namespace Servicenav.Tests.Integration;

public class UsageTests
{
    [Theory, AllDatabases]
    public async Task SetServiceUsage_ChangesTheCellAndTheCoverage(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var karolinska = (await app.Send(new ListCustomers("Karolinska"), As.Controller)).ShouldBeOk().Single();
        var before = (await app.Send(new GetUsageMatrix(), As.Controller)).ShouldBeOk().ServiceCoverage.Single(c => c.ServiceCode == "inhyrd_bemanning");

        var cell = (await app.Send(new SetServiceUsage { CustomerId = karolinska.Id, ServiceCode = "inhyrd_bemanning", Status = UsageStatus.Uses, DegreePercent = 40, Note = "Delvis" }, As.Controller)).ShouldBeOk();

        cell.Status.ShouldBe(UsageStatus.Uses);
        cell.DegreePercent.ShouldBe(40m);
        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();
        var after = matrix.ServiceCoverage.Single(c => c.ServiceCode == "inhyrd_bemanning");
        after.Users.ShouldBe(before.Users + 1);
        after.Unknown.ShouldBe(before.Unknown - 1);
        after.EmployeeShare.ShouldBe(before.EmployeeShare + (15_892m / 47_623m));
        var shown = matrix.Rows.Single(r => r.CustomerId == karolinska.Id).Cells.Single(c => c.ServiceCode == "inhyrd_bemanning");
        (shown.Status, shown.DegreePercent, shown.Note).ShouldBe((UsageStatus.Uses, (decimal?)40m, "Delvis"));
    }

    [Theory, AllDatabases]
    public async Task SetServiceUsage_BackToUnknown_CountsAsUnknownAgain(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var aisab = (await app.Send(new ListCustomers("AISAB"), As.Controller)).ShouldBeOk().Single();

        (await app.Send(new SetServiceUsage { CustomerId = aisab.Id, ServiceCode = "loneadministration", Status = UsageStatus.Unknown }, As.Controller)).ShouldBeOk();

        var coverage = (await app.Send(new GetUsageMatrix(), As.Controller)).ShouldBeOk().ServiceCoverage.Single(c => c.ServiceCode == "loneadministration");
        coverage.Unknown.ShouldBe(1);
        coverage.Users.ShouldBe(StockholmSource.Services.Single(s => s.Code == "loneadministration").TotalUsers - 1);
    }

    [Theory, AllDatabases]
    public async Task DegreeOfUse_ForAServiceNotUsed_FailsOnFieldDegreePercent(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var aisab = (await app.Send(new ListCustomers("AISAB"), As.Controller)).ShouldBeOk().Single();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() =>
            app.Send(new SetServiceUsage { CustomerId = aisab.Id, ServiceCode = "chefsstod", Status = UsageStatus.DoesNotUse, DegreePercent = 50 }, As.Controller));

        ex.Errors.Keys.ShouldBe(["degreePercent"]);
    }

    [Theory, AllDatabases]
    public async Task SetServiceUsage_ForAServiceOrCustomerThatDoesNotExist_IsNotFound(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();
        var aisab = (await app.Send(new ListCustomers("AISAB"), As.Controller)).ShouldBeOk().Single();

        (await app.Send(new SetServiceUsage { CustomerId = aisab.Id, ServiceCode = "finns-inte", Status = UsageStatus.Uses }, As.Controller)).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new SetServiceUsage { CustomerId = Guid.NewGuid(), ServiceCode = "chefsstod", Status = UsageStatus.Uses }, As.Controller)).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task UsageMatrix_WithoutACurrentCatalogue_IsEmpty(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db, today: new DateOnly(2024, 12, 31));
        await app.ImportStockholm();

        var matrix = (await app.Send(new GetUsageMatrix(), As.Handlaggare)).ShouldBeOk();

        matrix.CatalogVersion.ShouldBeNull();
        matrix.Services.ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task UsageMatrix_ForOneArea_ShowsOnlyThatAreasServices(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await app.ImportStockholm();

        var matrix = (await app.Send(new GetUsageMatrix("grundlaggande-it"), As.Handlaggare)).ShouldBeOk();

        matrix.Services.Select(s => s.Code).ShouldBe(
            StockholmSource.Services.Where(s => s.Area == "Grundläggande it").Select(s => s.Code), ignoreOrder: true);
        var area = matrix.AreaCoverage.ShouldHaveSingleItem();
        area.TotalCells.ShouldBe(matrix.Services.Count * 21);
        area.UsedCells.ShouldBe(StockholmSource.Services.Where(s => s.Area == "Grundläggande it").Sum(s => s.TotalUsers));
    }
}
