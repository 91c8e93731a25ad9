using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Servicenav.Costing.Domain;
using Servicenav.Costing.Features;
using Servicenav.Ledger;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Costing;

public class CostingFlowTests
{
    private const int Year = 2026;

    /// <summary>Pools of 1 000 000.03 kr in all (odd öre on purpose), three support activities and two deliveries.</summary>
    private static async Task<CostingTestApp> StartWithModel(DatabaseKind db)
    {
        var app = await CostingTestApp.Start(db);
        await app.DecideCatalogue();
        app.Pools
            .Add(Year, LedgerKind.Budget, "50", "1100", CostType.Personnel, 400_000.01m, "Löner")
            .Add(Year, LedgerKind.Budget, "56", "1100", CostType.Other, 150_000.01m, "Köpta tjänster")
            .Add(Year, LedgerKind.Budget, "50", "2100", CostType.Personnel, 300_000m, "Löner")
            .Add(Year, LedgerKind.Budget, "78", "2100", CostType.Capital, 100_000m, "Avskrivningar")
            .Add(Year, LedgerKind.Budget, "50", "9000", CostType.Personnel, 50_000.01m, "Löner");
        (await app.Send(new CreateCostingModel { Year = Year, Basis = LedgerKind.Budget })).ShouldBeOk();
        foreach (var (code, name, kind) in new[]
        {
            ("HR", "HR", ActivityKind.Support), ("DP", "Intern it", ActivityKind.Support), ("LOK", "Lokaler", ActivityKind.Support),
            ("IT", "It-leverans", ActivityKind.Primary), ("LON", "Lön och personal", ActivityKind.Primary),
        })
        {
            (await app.Send(new SaveCostingActivity { Year = Year, Code = code, Name = name, Kind = kind })).ShouldBeOk();
        }

        await Driver(app, DriverKind.Resource, DriverSource.Ansvar, "1100", DriverBasis.Shares, "IT:70,HR:10,DP:20");
        await Driver(app, DriverKind.Resource, DriverSource.Ansvar, "2100", DriverBasis.Quantities, "LON:12,LOK:3", "årsarbetare");
        await Driver(app, DriverKind.Resource, DriverSource.Pool, "50|9000", DriverBasis.Shares, "HR:100");
        await Driver(app, DriverKind.Support, DriverSource.Activity, "HR", DriverBasis.Quantities, "DP:2,LOK:1,IT:10,LON:12", "årsarbetare");
        await Driver(app, DriverKind.Support, DriverSource.Activity, "DP", DriverBasis.Quantities, "HR:15,IT:200,LON:80", "användare");
        await Driver(app, DriverKind.Support, DriverSource.Activity, "LOK", DriverBasis.Quantities, "HR:40,DP:30,IT:300,LON:330", "m²");
        await Driver(app, DriverKind.Activity, DriverSource.Activity, "IT", DriverBasis.Quantities, "it-arbetsplats:3000,natverk:1000", "användare");
        await Driver(app, DriverKind.Activity, DriverSource.Activity, "LON", DriverBasis.Quantities, "lon:47000,rekrytering:1200", "ärenden");
        return app;
    }

    private static async Task Driver(CostingTestApp app, DriverKind kind, DriverSource source, string key, DriverBasis basis, string lines, string unit = "%") =>
        (await app.Send(new SetCostingDriver
        {
            Year = Year, Kind = kind, Source = source, SourceKey = key, Basis = basis, Unit = unit,
            Lines = CostingModelBuilder.Lines(lines).Select(l => new CostingDriverLineDto(l.Item1, l.Item2)).ToList(),
        })).ShouldBeOk();

    [Theory, AllDatabases]
    public async Task Calculate_StoresASnapshot_WhoseServicesSumToThePoolsToTheOre(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);

        var run = (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk();

        run.PoolsTotal.ShouldBe(1_000_000.03m);
        run.ServicesTotal.ShouldBe(1_000_000.03m);
        var result = (await app.Send(new GetCostingResult(Year), As.Tjansteagare(Guid.NewGuid()))).ShouldBeOk();
        result.Services.Select(s => s.ServiceCode).ShouldBe(["it-arbetsplats", "natverk", "lon", "rekrytering"], ignoreOrder: true);
        result.Services.Sum(s => s.Total).ShouldBe(1_000_000.03m);
        result.Services.Sum(s => s.Capital).ShouldBe(100_000m);
        result.Services.Single(s => s.ServiceCode == "lon").ServiceName.ShouldBe("Lönehantering");
        result.Activities.Single(a => a.Code == "HR").Kind.ShouldBe(ActivityKind.Support);
        result.Remainders.Sum(r => r.Ore).ShouldBe((int)result.Run.RemainderServiceOre);

        // Only direct parts and the reciprocal solution are stored; the recomputed totals are the run's own, to the öre.
        var recomputed = await app.Query(async d =>
        {
            var stored = await d.CostingRuns.SingleAsync();
            var pools = await d.CostingRunPools.Where(p => p.CostingRunId == stored.Id).ToDictionaryAsync(p => p.PoolKey);
            return await RunPoolTotals.ForActivities(d, stored, pools, ["IT", "LON"], default);
        });
        foreach (var activity in result.Activities.Where(a => a.Kind == ActivityKind.Primary))
        {
            recomputed[activity.Code].Sum(p => p.TotalOre).ShouldBe(Money.Sek(activity.Total).Ore);
        }

        var model = (await app.Send(new GetCostingModel(Year))).ShouldBeOk();
        model.Summary.Status.ShouldBe(CostingModelStatus.Calculated);
        model.UnassignedTotal.ShouldBe(0m);
    }

    [Theory, AllDatabases]
    public async Task SelfCosts_AreWhatPricingReads_SplitByCostType(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk();

        var costs = (await app.SelfCosts(Year))!;

        costs.Basis.ShouldBe(LedgerKind.Budget);
        costs.Services.Sum(s => s.Total.Ore).ShouldBe(100_000_003L);
        costs.Services.Sum(s => s.Capital.Ore).ShouldBe(10_000_000L);
        costs.For("NATVERK").ShouldNotBeNull();
        (await app.SelfCosts(Year + 1)).ShouldBeNull();
    }

    [Theory, AllDatabases]
    public async Task BuildUp_OfAService_SumsToItsSelfCost_AndDrillsDownToLedgerLines(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk();
        var result = (await app.Send(new GetCostingResult(Year))).ShouldBeOk();

        foreach (var service in result.Services)
        {
            var buildUp = (await app.Send(new GetServiceCostBuildUp(Year, service.ServiceCode))).ShouldBeOk();
            buildUp.Total.ShouldBe(service.Total);
            buildUp.Activities.Sum(a => a.Total).ShouldBe(service.Total);
            foreach (var activity in buildUp.Activities)
            {
                activity.Pools.Sum(p => p.Amount).ShouldBe(activity.Total);
            }
        }

        var lon = (await app.Send(new GetServiceCostBuildUp(Year, "lon"))).ShouldBeOk();
        lon.Activities.Single().Unit.ShouldBe("ärenden");
        lon.Activities.Single().Quantity.ShouldBe(47_000m);

        // Lön gets HR's and IT's own pools only through the support activities.
        var viaSupport = lon.Activities.Single().Pools.Single(p => p.PoolKey == "50|9000");
        viaSupport.ViaSupport.ShouldBe(viaSupport.Amount);
        var lines = (await app.Send(new GetCostPoolLines(Year, "50|9000"))).ShouldBeOk();
        lines.Sum(l => l.Amount).ShouldBe(50_000.01m);
        (await app.Send(new GetServiceCostBuildUp(Year, "finns-inte"))).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task Export_OfAService_HasTheBuildUpAndTheLedgerLines(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk();

        var file = (await app.Send(new ExportCostingResult(Year, "natverk"))).ShouldBeOk();
        var all = (await app.Send(new ExportCostingResult(Year))).ShouldBeOk();

        file.FileName.ShouldBe("sjalvkostnad-2026-natverk.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        workbook.Worksheets.Select(w => w.Name).ShouldBe(["Självkostnad", "Uppbyggnad", "Bokföringsrader"]);
        workbook.Worksheet("Bokföringsrader").RowsUsed().Count().ShouldBeGreaterThan(1);
        using var summary = new XLWorkbook(new MemoryStream(all.Content));
        var sheet = summary.Worksheet("Självkostnad");
        sheet.Cell(sheet.LastRowUsed()!.RowNumber(), 6).GetValue<decimal>().ShouldBe(1_000_000.03m);
        // Driver quantities are not kronor: they keep Excel's general format while the amounts beside them show öre.
        var buildUp = summary.Worksheet("Uppbyggnad");
        buildUp.Cell(2, 4).Style.NumberFormat.Format.ShouldNotBe(TableExport.MoneyFormat);
        buildUp.Cell(2, 5).Style.NumberFormat.Format.ShouldBe(TableExport.MoneyFormat);
    }

    [Theory, AllDatabases]
    public async Task Recalculation_KeepsEarlierSnapshots_AndAnEditMarksTheModelChanged(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk();
        app.Clock.SetUtcNow(app.Clock.GetUtcNow().AddHours(1));

        await Driver(app, DriverKind.Activity, DriverSource.Activity, "IT", DriverBasis.Quantities, "it-arbetsplats:1,natverk:1", "användare");
        (await app.Send(new GetCostingModel(Year))).ShouldBeOk().Summary.Status.ShouldBe(CostingModelStatus.Draft);
        var second = (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk();

        (await app.Query(d => d.CostingRuns.CountAsync())).ShouldBe(2);
        var result = (await app.Send(new GetCostingResult(Year))).ShouldBeOk();
        result.Run.RunId.ShouldBe(second.RunId);
        var it = result.Services.Where(s => s.ServiceCode is "it-arbetsplats" or "natverk").ToList();
        Math.Abs(it[0].Total - it[1].Total).ShouldBeLessThanOrEqualTo(0.01m);
    }

    [Theory, AllDatabases]
    public async Task Calculation_WithUnassignedPoolsOrAClosedLoop_IsRefusedAndStoresNothing(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        app.Pools.Add(Year, LedgerKind.Budget, "61", "7777", CostType.Other, 10m);

        var unassigned = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new CalculateCostingModel(Year)));
        unassigned.Message.ShouldContain("61|7777");
        (await app.Send(new GetCostingModel(Year))).ShouldBeOk().UnassignedTotal.ShouldBe(10m);

        await Driver(app, DriverKind.Resource, DriverSource.AccountGroup, "61", DriverBasis.Shares, "IT:100");
        await Driver(app, DriverKind.Support, DriverSource.Activity, "HR", DriverBasis.Quantities, "DP:1", "årsarbetare");
        await Driver(app, DriverKind.Support, DriverSource.Activity, "DP", DriverBasis.Quantities, "HR:1", "användare");
        var loop = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new CalculateCostingModel(Year)));
        loop.Message.ShouldContain("HR, DP");

        (await app.Query(d => d.CostingRuns.CountAsync())).ShouldBe(0);
        (await app.Send(new GetCostingResult(Year))).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task Permissions_ControllerEdits_TjansteagareReads_HandlaggareNeither(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        var owner = As.Tjansteagare(Guid.NewGuid());

        (await app.Send(new GetCostingModel(Year), owner)).Status.ShouldBe(ResultStatus.Ok);
        (await app.Send(new CalculateCostingModel(Year), owner)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new SaveCostingActivity { Year = Year, Code = "X", Name = "X", Kind = ActivityKind.Primary }, owner)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListCostingModels(), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new CalculateCostingModel(Year), As.Admin)).Status.ShouldBe(ResultStatus.Ok);
    }

    [Theory, AllDatabases]
    public async Task EditsAreAudited_AndAnActivityInUseCannotBeRemoved(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new RemoveCostingActivity(Year, "LOK")));
        refused.Message.ShouldContain("Aktiviteten \"LOK\" används i");

        (await app.Query(d => d.AuditEntries.CountAsync(e => e.EntityType == nameof(CostingDriverLine)))).ShouldBeGreaterThan(0);
        (await app.Send(new CreateCostingModel { Year = Year }).ContinueWith(t => t.Exception?.InnerException)).ShouldBeOfType<ValidationFailedException>();
    }

    [Theory, AllDatabases]
    public async Task ModelEdits_SaveWhatTheyChange_AndAMissingModelActivityOrDriverIsNotFound(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        var itDriver = (await app.Send(new GetCostingModel(Year))).ShouldBeOk().Drivers.Single(d => d.Kind == DriverKind.Activity && d.SourceKey == "IT");

        (await app.Send(new RemoveCostingDriver(Year, Guid.NewGuid()))).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new RemoveCostingActivity(Year, "FINNS-INTE"))).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new ChangeCostingBasis(Year + 1, LedgerKind.Outcome))).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new RemoveCostingDriver(Year, itDriver.Id), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new RemoveCostingDriver(Year, itDriver.Id))).ShouldBeOk();
        (await app.Send(new ChangeCostingBasis(Year, LedgerKind.Outcome))).ShouldBeOk();
        (await app.Send(new SaveCostingActivity { Year = Year, Code = "IT", Name = "It-drift", Kind = ActivityKind.Primary })).ShouldBeOk();

        var model = (await app.Send(new GetCostingModel(Year))).ShouldBeOk();
        model.Drivers.ShouldNotContain(d => d.Id == itDriver.Id);
        model.Summary.Basis.ShouldBe(LedgerKind.Outcome);
        model.Activities.Single(a => a.Code == "IT").Name.ShouldBe("It-drift");
    }

    [Theory, AllDatabases]
    public async Task DriverImport_IsAllOrNothing_WithEveryBadRowListed(DatabaseKind db)
    {
        await using var app = await StartWithModel(db);
        var bad = "typ;källtyp;källa;mål;värde;enhet\nresurs;ansvar;1100;IT;60;%\nresurs;ansvar;1100;HR;30;%\naktivitet;;IT;natverk;abc;användare\nfel;;IT;x;1;st\n";

        var rejected = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(new ImportCostingDrivers(Year, "drivare.csv", bad)));
        rejected.Errors.Select(e => e.Line).ShouldBe([4, 5]);

        var sharesWrong = "typ;källtyp;källa;mål;värde;enhet\nresurs;ansvar;1100;IT;60;%\nresurs;ansvar;1100;HR;30;%\n";
        var rule = await Should.ThrowAsync<ImportRejectedException>(() => app.Send(new ImportCostingDrivers(Year, "drivare.csv", sharesWrong)));
        rule.Errors.Single().Reason.ShouldContain("90,00 %");

        var good = "typ;källtyp;källa;mål;värde;enhet\nresurs;ansvar;1100;IT;60,5;%\nresurs;ansvar;1100;HR;39,5;%\naktivitet;;IT;natverk;5;användare\naktivitet;;IT;it-arbetsplats;5;användare\n";
        (await app.Send(new ImportCostingDrivers(Year, "drivare.csv", good))).ShouldBeOk().ShouldBe(2);
        var model = (await app.Send(new GetCostingModel(Year))).ShouldBeOk();
        model.Drivers.Single(d => d.SourceKey == "1100").Lines.Select(l => (l.Target, l.Value)).ShouldBe([("HR", 39.5m), ("IT", 60.5m)]);
        (await app.Send(new CalculateCostingModel(Year))).ShouldBeOk().ServicesTotal.ShouldBe(1_000_000.03m);
    }

    [Theory, AllDatabases]
    public async Task DemoModel_IsBuiltFromThePoolsAndCatalogue_AndCalculates(DatabaseKind db)
    {
        await using var app = await CostingTestApp.Start(db);
        await app.DecideCatalogue();
        foreach (var ansvar in new[] { "1100", "1200", "2100", "3100" })
        {
            app.Pools.Add(2027, LedgerKind.Budget, "50", ansvar, CostType.Personnel, 1_234_567.89m)
                .Add(2027, LedgerKind.Budget, "78", ansvar, CostType.Capital, 98_765.43m);
        }

        (await app.Send(new BuildDemoCostingModel(2027), Servicenav.Access.UserContext.System("demo"))).ShouldBeOk();
        (await app.Send(new BuildDemoCostingModel(2027), Servicenav.Access.UserContext.System("demo"))).ShouldBeOk();
        var run = (await app.Send(new CalculateCostingModel(2027))).ShouldBeOk();

        run.ServicesTotal.ShouldBe(4 * (1_234_567.89m + 98_765.43m));
        run.ServiceCount.ShouldBe(4);
        (await app.Query(d => d.CostingModels.CountAsync())).ShouldBe(1);
    }
}
