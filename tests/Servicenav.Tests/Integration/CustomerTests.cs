using Servicenav.Customers.Domain;
using Servicenav.Customers.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Usage.Features;

namespace Servicenav.Tests.Integration;

public class CustomerTests
{
    [Theory, AllDatabases]
    public async Task CreateCustomer_StoresItsFactsAndAccountString(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var request = A.Customer("Testnämnden", number: 42);
        request.OrganisationNumber = "2321000016";
        request.AccountProjekt = "P77";

        var created = (await app.Send(request, As.Controller)).ShouldBeOk();

        var read = (await app.Send(new GetCustomer(created.Id), As.Handlaggare)).ShouldBeOk();
        read.Name.ShouldBe("Testnämnden");
        read.Number.ShouldBe(42);
        read.OrganisationNumber.ShouldBe("232100-0016");
        read.AccountString.ShouldBe(new AccountString("1234", "510", "99", "P77", null));
        read.Employees.ShouldBe(120);
    }

    [Theory, AllDatabases]
    public async Task CreateCustomer_WithANameAlreadyTaken_FailsOnFieldName(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(A.Customer("Testnämnden", 1), As.Controller)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(A.Customer(" Testnämnden ", 2), As.Controller));

        ex.Errors.Keys.ShouldBe(["name"]);
        (await app.Send(new ListCustomers(), As.Controller)).ShouldBeOk().Count.ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task CreateCustomer_WithTheSameNameInOtherLetterCase_IsTheSameCustomer(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(A.Customer("Ängelholmsnämnden", 1), As.Controller)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(A.Customer("ÄNGELHOLMSNÄMNDEN", 2), As.Controller));

        ex.Errors.Keys.ShouldBe(["name"]);
    }

    [Theory, AllDatabases]
    public async Task CreateCustomer_WithANumberAlreadyTaken_FailsOnFieldNumber(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(A.Customer("Testnämnden", 1), As.Controller)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(A.Customer("Annan nämnd", 1), As.Controller));

        ex.Errors.Keys.ShouldBe(["number"]);
    }

    [Theory, AllDatabases]
    public async Task CreateCustomer_WithAnInvalidOrganisationNumber_FailsOnFieldOrganisationNumber(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var request = A.Customer();
        request.OrganisationNumber = "232100-0019";

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(request, As.Controller));

        ex.Errors.Keys.ShouldBe(["organisationNumber"]);
        (await app.Send(new ListCustomers(), As.Controller)).ShouldBeOk().ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task CreateCustomer_WithAPartialAccountString_FailsOnTheMissingParts(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var request = A.Customer();
        request.AccountAnsvar = null;
        request.AccountMotpart = "";

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(request, As.Controller));

        ex.Errors.Keys.ShouldBe(["accountAnsvar", "accountMotpart"], ignoreOrder: true);
    }

    [Theory, AllDatabases]
    public async Task UpdateCustomer_ChangesItsFactsAndAccountString(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var created = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var update = new UpdateCustomer { Id = created.Id };
        update.CopyFrom(created);
        update.Name = "Testnämnden (ny)";
        update.Employees = 130;
        update.AccountAnsvar = "4321";

        (await app.Send(update, As.Controller)).ShouldBeOk();

        var read = (await app.Send(new GetCustomer(created.Id), As.Handlaggare)).ShouldBeOk();
        read.Name.ShouldBe("Testnämnden (ny)");
        read.Employees.ShouldBe(130);
        read.AccountString!.Ansvar.ShouldBe("4321");
        read.AccountString.Verksamhet.ShouldBe("510");
    }

    [Theory, AllDatabases]
    public async Task UpdateCustomer_WithAllAccountPartsBlank_RemovesTheAccountString(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var created = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var update = new UpdateCustomer { Id = created.Id };
        update.CopyFrom(created);
        (update.AccountAnsvar, update.AccountVerksamhet, update.AccountMotpart) = ("", null, " ");

        (await app.Send(update, As.Controller)).ShouldBeOk();

        (await app.Send(new GetCustomer(created.Id), As.Handlaggare)).ShouldBeOk().AccountString.ShouldBeNull();
    }

    [Theory, AllDatabases]
    public async Task UpdateCustomer_ToTheNameOfAnotherCustomer_FailsOnFieldName(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(A.Customer("Kulturnämnden", 9), As.Controller)).ShouldBeOk();
        var other = (await app.Send(A.Customer("Patientnämnden", 11), As.Controller)).ShouldBeOk();
        var update = new UpdateCustomer { Id = other.Id };
        update.CopyFrom(other);

        (await app.Send(update, As.Controller)).ShouldBeOk(); // its own name is no conflict
        update.Name = "Kulturnämnden";
        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(update, As.Controller));

        ex.Errors.Keys.ShouldBe(["name"]);
        (await app.Send(new GetCustomer(other.Id), As.Controller)).ShouldBeOk().Name.ShouldBe("Patientnämnden");
    }

    [Theory, AllDatabases]
    public async Task Orderers_CanBeAddedChangedAndRemoved(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();

        var added = (await app.Send(new SaveOrderer { CustomerId = customer.Id, Name = "Bea Beställare", Email = "bea@example.se", Title = "Ekonomichef" }, As.Controller)).ShouldBeOk();
        var orderer = added.Orderers.ShouldHaveSingleItem();
        orderer.Title.ShouldBe("Ekonomichef");

        (await app.Send(new SaveOrderer { CustomerId = customer.Id, OrdererId = orderer.Id, Name = "Bea Beställare", Email = "bea.b@example.se", Phone = "08-123 45" }, As.Controller)).ShouldBeOk();
        var changed = (await app.Send(new GetCustomer(customer.Id), As.Handlaggare)).ShouldBeOk().Orderers.ShouldHaveSingleItem();
        changed.ShouldBe(new OrdererDto(orderer.Id, "Bea Beställare", "bea.b@example.se", "08-123 45", null));
        (await app.Send(new ListCustomers(), As.Handlaggare)).ShouldBeOk().Single().OrdererCount.ShouldBe(1);

        (await app.Send(new RemoveOrderer(customer.Id, orderer.Id), As.Controller)).ShouldBeOk();
        (await app.Send(new GetCustomer(customer.Id), As.Handlaggare)).ShouldBeOk().Orderers.ShouldBeEmpty();
        (await app.Send(new RemoveOrderer(customer.Id, orderer.Id), As.Controller)).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task Orderer_WithAnInvalidEmail_FailsOnFieldEmail(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(new SaveOrderer { CustomerId = customer.Id, Name = "Bea", Email = "inte-en-adress" }, As.Controller));

        ex.Errors.Keys.ShouldBe(["email"]);
    }

    [Theory, AllDatabases]
    public async Task Units_FormATreeThatCanBeRearranged(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        async Task<OrganisationUnitDto> Add(Guid? parent, string name) =>
            (await app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, ParentId = parent, Name = name }, As.Controller))
                .ShouldBeOk().Units.Single(u => u.Name == name);

        var forvaltning = await Add(null, "Förvaltningen");
        var ekonomi = await Add(forvaltning.Id, "Ekonomiavdelningen");
        var hr = await Add(forvaltning.Id, "Hr-avdelningen");
        var lon = await Add(ekonomi.Id, "Lönegruppen");

        // Lönegruppen moves from ekonomi to hr.
        var moved = (await app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, UnitId = lon.Id, ParentId = hr.Id, Name = "Lönegruppen", Code = "LG" }, As.Controller)).ShouldBeOk();

        moved.Units.Select(u => (u.Name, u.Depth)).ShouldBe(
            [("Förvaltningen", 0), ("Ekonomiavdelningen", 1), ("Hr-avdelningen", 1), ("Lönegruppen", 2)]);
        moved.Units.Single(u => u.Id == lon.Id).ParentId.ShouldBe(hr.Id);
    }

    [Theory, AllDatabases]
    public async Task Unit_MovedUnderItsOwnSubunit_IsRefused(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var top = (await app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, Name = "Förvaltningen" }, As.Controller)).ShouldBeOk().Units.Single();
        var sub = (await app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, ParentId = top.Id, Name = "Avdelningen" }, As.Controller)).ShouldBeOk().Units.Single(u => u.ParentId == top.Id);

        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, UnitId = top.Id, ParentId = sub.Id, Name = "Förvaltningen" }, As.Controller));

        (await app.Send(new GetCustomer(customer.Id), As.Controller)).ShouldBeOk().Units.Single(u => u.Id == top.Id).ParentId.ShouldBeNull();
    }

    [Theory, AllDatabases]
    public async Task Unit_WithSubunits_CannotBeRemovedButALeafCan(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var top = (await app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, Name = "Förvaltningen" }, As.Controller)).ShouldBeOk().Units.Single();
        var sub = (await app.Send(new SaveOrganisationUnit { CustomerId = customer.Id, ParentId = top.Id, Name = "Avdelningen" }, As.Controller)).ShouldBeOk().Units.Single(u => u.ParentId == top.Id);

        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new RemoveOrganisationUnit(customer.Id, top.Id), As.Controller));
        (await app.Send(new RemoveOrganisationUnit(customer.Id, sub.Id), As.Controller)).ShouldBeOk().Units.ShouldHaveSingleItem();
        (await app.Send(new RemoveOrganisationUnit(customer.Id, top.Id), As.Controller)).ShouldBeOk().Units.ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task LocalContract_ForAServiceNotInTheCatalogue_FailsOnFieldServiceCode(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(
            new SaveLocalContract { CustomerId = customer.Id, Supplier = "Telia", ServiceCode = "finns-inte", EndDate = new DateOnly(2028, 12, 31) }, As.Controller));

        ex.Errors.Keys.ShouldBe(["serviceCode"]);
        (await app.Send(new GetCustomer(customer.Id), As.Controller)).ShouldBeOk().Contracts.ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task ActiveLocalContract_BlocksJoiningInTheUsageMatrixUntilItEnds(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db, today: new DateOnly(2026, 3, 2));
        await app.ImportStockholm();
        var trafik = (await app.Send(new ListCustomers("Trafikförvaltningen"), As.Controller)).ShouldBeOk().Single();

        var saved = (await app.Send(new SaveLocalContract
        {
            CustomerId = trafik.Id, Supplier = "Telia", ServiceCode = "natverk_datakommunikation_lokalt", Description = "Lokala nät", EndDate = new DateOnly(2028, 12, 31),
        }, As.Controller)).ShouldBeOk();

        var contract = saved.Contracts.ShouldHaveSingleItem();
        contract.BlocksJoining.ShouldBeTrue();
        contract.ServiceName.ShouldBe((await app.Send(new Catalog.Features.GetCatalogService("natverk_datakommunikation_lokalt"), As.Controller)).ShouldBeOk().Name);
        (await app.Send(new ListCustomers("Trafikförvaltningen"), As.Controller)).ShouldBeOk().Single().ActiveLocalContracts.ShouldBe(1);
        BlockedCells(await app.Send(new GetUsageMatrix(), As.Handlaggare), trafik.Id).ShouldBe(["natverk_datakommunikation_lokalt"]);

        app.Clock.SetToday(new DateOnly(2028, 12, 31));
        BlockedCells(await app.Send(new GetUsageMatrix(), As.Handlaggare), trafik.Id).ShouldBe(["natverk_datakommunikation_lokalt"]);

        app.Clock.SetToday(new DateOnly(2029, 1, 1));
        BlockedCells(await app.Send(new GetUsageMatrix(), As.Handlaggare), trafik.Id).ShouldBeEmpty();
        (await app.Send(new GetCustomer(trafik.Id), As.Handlaggare)).ShouldBeOk().Contracts.Single().BlocksJoining.ShouldBeFalse();
    }

    [Theory, AllDatabases]
    public async Task LocalContract_CanBeChangedAndRemoved(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        await SmallCatalog.Decide(app);
        var customer = (await app.Send(A.Customer(), As.Controller)).ShouldBeOk();
        var contract = (await app.Send(new SaveLocalContract { CustomerId = customer.Id, Supplier = "Telia", ServiceCode = SmallCatalog.Network, EndDate = new DateOnly(2028, 12, 31) }, As.Controller))
            .ShouldBeOk().Contracts.Single();

        var changed = (await app.Send(new SaveLocalContract { CustomerId = customer.Id, ContractId = contract.Id, Supplier = "Tele2", ServiceCode = "NATVERK", EndDate = new DateOnly(2025, 12, 31) }, As.Controller))
            .ShouldBeOk().Contracts.ShouldHaveSingleItem();

        changed.Supplier.ShouldBe("Tele2");
        changed.ServiceCode.ShouldBe(SmallCatalog.Network);
        changed.BlocksJoining.ShouldBeFalse();
        BlockedCells(await app.Send(new GetUsageMatrix(), As.Handlaggare), customer.Id).ShouldBeEmpty();
        (await app.Send(new RemoveLocalContract(customer.Id, contract.Id), As.Controller)).ShouldBeOk().Contracts.ShouldBeEmpty();
    }

    private static IEnumerable<string> BlockedCells(Result<UsageMatrix> matrix, Guid customerId) =>
        matrix.ShouldBeOk().Rows.Single(r => r.CustomerId == customerId).Cells.Where(c => c.BlockedByLocalContract).Select(c => c.ServiceCode);
}
