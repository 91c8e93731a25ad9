using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Pricing;
using Servicenav.Pricing.Domain;
using Servicenav.Pricing.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class PricingTests
{
    private static DecidePriceList Decision(Guid id, string diarienummer, DateOnly effectiveFrom, bool publish = false) => new()
    {
        PriceListId = id,
        Diarienummer = diarienummer,
        DecisionDate = effectiveFrom.AddMonths(-1),
        DecidedBy = "Fastighets- och servicenämnden",
        EffectiveFrom = effectiveFrom,
        Publish = publish,
    };

    private static async Task<Guid> DecidedList(PricingWorld world, string diarienummer = "FSN 2025/0300", bool publish = false)
    {
        var id = (await world.App.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk();
        (await world.App.Send(Decision(id, diarienummer, new DateOnly(2026, 1, 1), publish), As.Controller)).ShouldBeOk();
        return id;
    }

    [Theory, AllDatabases]
    public async Task Draft_FromCatalogueCostingAndUsage_ComputesEveryPriceModel(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;

        var id = (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk();

        var list = (await app.Send(new GetPriceList(id), As.Controller)).ShouldBeOk();
        list.CanEdit.ShouldBeTrue();
        list.Summary.ResultRequirementPercent.ShouldBe(2m);
        var workplace = list.Services.Single(s => s.Code == PricingWorld.Workplace);
        workplace.SelfCostSource.ShouldBe(SelfCostSource.Costing);
        workplace.SelfCost.ShouldBe(Money.Sek(100_000m));
        workplace.Volume.ShouldBe(400m); // employees × 100 % use, from the customer register and the usage matrix
        workplace.UnitPrice.ShouldBe(Money.Sek(255m)); // 100 000 × 1.02 / 400
        var payroll = list.Services.Single(s => s.Code == PricingWorld.Payroll);
        payroll.Forecasts.Single(f => f.CustomerId == world.Alfa).MonthlyFee.ShouldBe(Money.Sek(7_650m));
        payroll.Forecasts.Single(f => f.CustomerId == world.Beta).MonthlyFee.ShouldBe(Money.Sek(2_550m));
        var desk = list.Services.Single(s => s.Code == PricingWorld.ServiceDesk);
        desk.UnitPrice.ShouldBe(Money.Sek(12.75m)); // half of 10 200 over 400 units
        desk.Forecasts.Single(f => f.CustomerId == world.Alfa).MonthlyFee.ShouldBe(Money.Sek(318.75m));
        list.Summary.TargetTotal.ShouldBe(Money.Sek(234_600m));
        list.Summary.RoundingEffect.ShouldBe(Money.Zero);
        list.Customers.Single(c => c.CustomerId == world.Beta).YearlyCost.ShouldBe(Money.Sek((255m * 100) + (2_550m * 12) + (106.25m * 12) + (12.75m * 100)));
    }

    [Theory, AllDatabases]
    public async Task DraftEdits_RecomputeAndAreSaved_ManualSelfCostForecastAndRequirement(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        var id = (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk();

        (await app.Send(new SetPriceListSelfCost { PriceListId = id, ServiceCode = PricingWorld.Workplace, Personnel = 1_000m }, As.Controller)).ShouldBeOk();
        (await app.Send(new SetVolumeForecast { PriceListId = id, ServiceCode = PricingWorld.Workplace, CustomerId = world.Beta, Quantity = 200m }, As.Controller)).ShouldBeOk();
        (await app.Send(new SetResultRequirement { PriceListId = id, Percent = 0m }, As.Controller)).ShouldBeOk();

        var workplace = (await app.Send(new GetPriceList(id), As.Controller)).ShouldBeOk().Services.Single(s => s.Code == PricingWorld.Workplace);
        workplace.SelfCostSource.ShouldBe(SelfCostSource.Manual);
        workplace.UnitPrice.ShouldBe(Money.Sek(2m)); // 1 000 / (300 + 200)
        workplace.RoundingEffect.ShouldBe(Money.Zero);
        (await app.Query(d => d.AuditEntries.CountAsync(a => a.EntityType.Contains("PriceList")))).ShouldBeGreaterThan(0);
    }

    [Theory, AllDatabases]
    public async Task DecidedPriceList_CannotBeEdited(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        var id = await DecidedList(world);
        var before = (await app.Send(new GetPriceList(id), As.Controller)).ShouldBeOk();

        var ex = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new SetResultRequirement { PriceListId = id, Percent = 5m }, As.Controller));
        ex.RuleName.ShouldBe(nameof(DecidedPriceListCannotBeChangedRule));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new SetPriceListSelfCost { PriceListId = id, ServiceCode = PricingWorld.Payroll, Other = 1m }, As.Controller));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new SetVolumeForecast { PriceListId = id, ServiceCode = PricingWorld.Payroll, CustomerId = world.Alfa, Quantity = 1m }, As.Controller));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new SetPriceListTerms { PriceListId = id, ServiceCode = PricingWorld.ServiceDesk, BaseSharePercent = 10m }, As.Controller));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new TakeSelfCostsFromCosting(id), As.Controller));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(new DiscardPriceListDraft(id), As.Controller));
        await Should.ThrowAsync<BusinessRuleException>(() => app.Send(Decision(id, "FSN 2026/9", new DateOnly(2026, 6, 1)), As.Controller));

        var after = (await app.Send(new GetPriceList(id), As.Controller)).ShouldBeOk();
        after.ShouldBeEquivalentTo(before);
        after.CanEdit.ShouldBeFalse();
    }

    [Theory, AllDatabases]
    public async Task NewDraft_SupersedesTheDecidedList_AndComparisonShowsChangeInKronorAndPercent(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        var first = await DecidedList(world);

        var second = (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk();
        (await app.Send(new SetPriceListSelfCost { PriceListId = second, ServiceCode = PricingWorld.Workplace, Personnel = 70_000m, Other = 30_000m, Capital = 10_000m }, As.Controller)).ShouldBeOk();
        var deskTerms = (await app.Send(new GetPriceList(second), As.Controller)).ShouldBeOk().Services.Single(s => s.Code == PricingWorld.ServiceDesk);
        (await app.Send(new SetPriceListTerms { PriceListId = second, ServiceCode = PricingWorld.ServiceDesk, Unit = deskTerms.Unit, Key = deskTerms.Key, BaseSharePercent = deskTerms.BaseSharePercent + 30m }, As.Controller)).ShouldBeOk();
        (await app.Send(Decision(second, "FSN 2026/0042", new DateOnly(2026, 7, 1)), As.Controller)).ShouldBeOk();

        var history = (await app.Send(new ListPriceLists(PricingWorld.Year), As.Handlaggare)).ShouldBeOk();
        history.Select(h => (h.Version, h.IsSuperseded)).ShouldBe([(2, false), (1, true)]);
        var comparison = (await app.Send(new ComparePriceLists(first, second), As.Handlaggare)).ShouldBeOk();
        var workplace = comparison.Changes.Single(c => c.Code == PricingWorld.Workplace);
        (workplace.UnitPriceFrom, workplace.UnitPriceTo).ShouldBe((Money.Sek(255m), Money.Sek(280.50m))); // 112 200 / 400
        workplace.ChangeKronor.ShouldBe(Money.Sek(25.50m));
        workplace.ChangePercent.ShouldBe(10.0m);
        var payroll = comparison.Changes.Single(c => c.Code == PricingWorld.Payroll);
        payroll.ChangeKronor.ShouldBe(Money.Zero);
        payroll.FixedPerYearTo.ShouldBe(Money.Sek(122_400m));

        // A larger base share moves the hybrid's fee up and its unit price down; what a customer pays a year barely moves.
        var desk = comparison.Changes.Single(c => c.Code == PricingWorld.ServiceDesk);
        desk.Basis.ShouldBe(ComparePriceLists.YearlyBasis);
        desk.Volume.ShouldNotBeNull();
        desk.UnitPriceTo!.Value.Kronor.ShouldBeLessThan(desk.UnitPriceFrom!.Value.Kronor);
        desk.FixedPerYearTo.Kronor.ShouldBeGreaterThan(desk.FixedPerYearFrom.Kronor);
        var yearlyFrom = desk.FixedPerYearFrom.Kronor + (desk.UnitPriceFrom.Value.Kronor * desk.Volume!.Value);
        var yearlyTo = desk.FixedPerYearTo.Kronor + (desk.UnitPriceTo.Value.Kronor * desk.Volume.Value);
        desk.ChangeKronor.ShouldBe(Money.Sek(yearlyTo - yearlyFrom));
        Math.Abs(desk.ChangeKronor.Kronor).ShouldBeLessThan(3m, "only the öre rounding of the prices");
        ((desk.UnitPriceFrom.Value.Kronor - desk.UnitPriceTo.Value.Kronor) * desk.Volume.Value).ShouldBeGreaterThan(1_000m);
    }

    [Theory, AllDatabases]
    public async Task PricesInForce_ForAPeriod_IsTheDecidedListWithTheLatestEffectiveDateOnOrBeforeItsFirstDay(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        var first = await DecidedList(world);
        var second = (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk();
        (await app.Send(Decision(second, "FSN 2026/0042", new DateOnly(2026, 7, 1)), As.Controller)).ShouldBeOk();
        (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk(); // a draft is never in force

        (await InForce(app, new Period(2025, 12))).ShouldBeNull();
        (await InForce(app, new Period(2026, 6)))!.PriceListId.ShouldBe(first);
        var july = (await InForce(app, new Period(2026, 7)))!;
        july.PriceListId.ShouldBe(second);
        july.Diarienummer.ShouldBe("FSN 2026/0042");
        july.For(PricingWorld.Workplace)!.UnitPrice.ShouldBe(Money.Sek(255m));
        july.For(PricingWorld.Payroll)!.MonthlyFees.Single(f => f.CustomerId == world.Alfa).Amount.ShouldBe(Money.Sek(7_650m));
        (await InForce(app, new Period(2027, 3)))!.PriceListId.ShouldBe(second);
    }

    [Theory, AllDatabases]
    public async Task Permissions_StaffReadDecided_CustomersOnlyPublishedAndTheirOwnFees_OnlyControllerManages(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Tjansteagare(Guid.NewGuid()))).Status.ShouldBe(ResultStatus.Forbidden);
        var draft = (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Admin)).ShouldBeOk();
        (await app.Send(new GetPriceList(draft), As.Handlaggare)).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new SetResultRequirement { PriceListId = draft, Percent = 3m }, As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new WhatIfPrices { PriceListId = draft }, As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);

        (await app.Send(Decision(draft, "FSN 2025/0300", new DateOnly(2026, 1, 1)), As.Controller)).ShouldBeOk();
        var bestallare = As.Bestallare(world.Beta);
        (await app.Send(new GetPriceList(draft), As.Handlaggare)).ShouldBeOk();
        (await app.Send(new GetPriceList(draft), bestallare)).Status.ShouldBe(ResultStatus.NotFound);
        (await app.Send(new ListPriceLists(), bestallare)).ShouldBeOk().ShouldBeEmpty();

        (await app.Send(new PublishPriceList(draft), bestallare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new PublishPriceList(draft), As.Controller)).ShouldBeOk();
        app.Clock.SetToday(new DateOnly(2026, 2, 1));
        var published = (await app.Send(new GetPricesInForce(), bestallare)).ShouldBeOk();
        published.Summary.IsPublished.ShouldBeTrue();
        published.Services.SelectMany(s => s.Forecasts).ShouldAllBe(f => f.CustomerId == world.Beta);
        published.Customers.Select(c => c.CustomerId).ShouldBe([world.Beta]);
        (await app.Send(new GetPricesInForce(), As.Medarbetare(world.Alfa))).ShouldBeOk().Customers.Select(c => c.CustomerId).ShouldBe([world.Alfa]);
    }

    [Theory, AllDatabases]
    public async Task Decide_WithAServiceThatHasNoPrice_IsRefusedNamingTheService(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        var id = (await app.Send(new StartPriceListDraft(PricingWorld.Year), As.Controller)).ShouldBeOk();
        foreach (var customer in new[] { world.Alfa, world.Beta })
        {
            (await app.Send(new SetVolumeForecast { PriceListId = id, ServiceCode = PricingWorld.Workplace, CustomerId = customer, Remove = true }, As.Controller)).ShouldBeOk();
        }

        var ex = await Should.ThrowAsync<BusinessRuleException>(() => app.Send(Decision(id, "FSN 2025/0300", new DateOnly(2026, 1, 1)), As.Controller));

        ex.RuleName.ShouldBe(nameof(PriceListMustBeFullyPricedRule));
        ex.Message.ShouldContain(PricingWorld.Workplace);
        (await app.Send(new GetPriceList(id), As.Controller)).ShouldBeOk().Summary.Status.ShouldBe(PriceListStatus.Draft);
    }

    [Theory, AllDatabases]
    public async Task WhatIf_ShowsNewPricesAndCustomerCosts_AndSavesNothing(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        var id = await DecidedList(world);
        var audit = await app.Query(d => d.AuditEntries.CountAsync());

        var result = (await app.Send(new WhatIfPrices
        {
            PriceListId = id,
            ResultRequirementPercent = 0m,
            Volumes = [new WhatIfVolume(PricingWorld.Workplace, world.Beta, 200m)],
        }, As.Controller)).ShouldBeOk();

        var workplace = result.Services.Single(s => s.Code == PricingWorld.Workplace);
        (workplace.UnitPriceBefore, workplace.UnitPriceAfter).ShouldBe((Money.Sek(255m), Money.Sek(200m))); // 100 000 / 500
        var beta = result.Customers.Single(c => c.CustomerId == world.Beta);
        beta.YearlyCostAfter.ShouldBe(Money.Sek(72_500.04m)); // 200 × 200 + 30 000 (lön) + 104,17 × 12 + 12,50 × 100 (kundtjänst)
        (await app.Query(d => d.AuditEntries.CountAsync())).ShouldBe(audit);
        (await app.Send(new GetPriceList(id), As.Controller)).ShouldBeOk().Services.Single(s => s.Code == PricingWorld.Workplace).UnitPrice.ShouldBe(Money.Sek(255m));
    }

    [Theory, AllDatabases]
    public async Task IndicativePrices_IndexEachCostTypeAndTheEfficiencyRequirement(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        await DecidedList(world);
        (await app.Send(new SetCostIndex { Year = 2027, PersonnelPercent = 3m, OtherPercent = 2m, CapitalPercent = 0m, EfficiencyPercent = 1m }, As.Controller)).ShouldBeOk();

        var indicative = (await app.Send(new GetIndicativePrices(PricingWorld.Year), As.Handlaggare)).ShouldBeOk();

        indicative.Indices.Select(i => i.Year).ShouldBe([2027, 2028, 2029]);
        var workplace = indicative.Services.Single(s => s.Code == PricingWorld.Workplace);
        workplace.Years.Select(y => y.Year).ShouldBe([2026, 2027, 2028, 2029]);
        var next = workplace.Years[1];
        next.SelfCost.ShouldBe(Money.Sek(101_376m)); // (61 800 + 30 600 + 10 000) × 0.99
        next.UnitPrice.ShouldBe(Money.Sek(258.51m)); // 101 376 × 1.02 / 400 = 258.5088
        next.ChangePercent.ShouldBe(1.4m);
        workplace.Years[3].UnitPrice.ShouldBe(next.UnitPrice); // no index for 2028–2029: unchanged
    }

    [Theory, AllDatabases]
    public async Task CreateDecidedPriceList_ForTheDemo_DecidesAndPublishesOnce(DatabaseKind db)
    {
        var world = await PricingWorld.Create(db);
        await using var app = world.App;
        world.SelfCosts.Years.Clear(); // no costing model: plausible costs are used
        var request = new CreateDecidedPriceList
        {
            Year = PricingWorld.Year,
            Diarienummer = "FSN 2025/0300",
            DecisionDate = new DateOnly(2025, 11, 15),
            DecidedBy = "Fastighets- och servicenämnden",
            EffectiveFrom = new DateOnly(2026, 1, 1),
        };

        var id = (await app.Send(request, UserContext.System("demo"))).ShouldBeOk();
        (await app.Send(request, UserContext.System("demo"))).ShouldBeOk().ShouldBe(id);

        var list = (await app.Send(new GetPriceList(id), As.Handlaggare)).ShouldBeOk();
        list.Summary.Status.ShouldBe(PriceListStatus.Decided);
        list.Summary.IsPublished.ShouldBeTrue();
        list.Services.ShouldAllBe(s => s.Issue == null && s.SelfCost > Money.Zero);
        (await app.Query(d => d.PriceLists.CountAsync())).ShouldBe(1);
    }

    /// <summary>The contract as billing calls it: as the system, outside any use case.</summary>
    private static Task<PricesInForce?> InForce(TestApp app, Period period) =>
        app.Query(d => ((IPricesInForce)new PricesInForceReader(d)).ForPeriodAsync(period));
}
