using Servicenav.Catalog.Domain;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class PriceRulesTests
{
    private static readonly Guid Alfa = Guid.NewGuid();
    private static readonly Guid Beta = Guid.NewGuid();
    private static readonly Guid Gamma = Guid.NewGuid();

    private static ServicePriceResult PerUnit(decimal selfCost, decimal rr, params decimal[] quantities) =>
        PriceRules.Compute(
            new ServiceCostInput(PriceModel.PerUnit, selfCost, 0m, AllocationKey.Employees),
            quantities.Select(q => new CustomerVolume(Guid.NewGuid(), q, 10)).ToList(),
            rr);

    [Fact]
    public void UnitPrice_IsSelfCostTimesOnePlusResultRequirement_OverVolume()
    {
        var result = PerUnit(100_000m, 2m, 300m, 100m);

        result.Target.ShouldBe(Money.Sek(102_000m));
        result.UnitPrice.ShouldBe(Money.Sek(255m));
        result.ExpectedRevenue.ShouldBe(Money.Sek(102_000m));
        result.RoundingEffect.ShouldBe(Money.Zero);
    }

    [Fact]
    public void UnitPrice_IsRoundedToOreHalfAwayFromZero_NotToEven()
    {
        // 201 / 40 = 5.025: to even would give 5.02; Swedish invoices round half away from zero.
        PerUnit(201m, 0m, 40m).UnitPrice.ShouldBe(Money.Sek(5.03m));
    }

    [Fact]
    public void RoundingEffect_IsExpectedRevenueMinusCostAndRequirement()
    {
        var result = PerUnit(1_000m, 0m, 1m, 1m, 1m);

        result.UnitPrice.ShouldBe(Money.Sek(333.33m));
        result.ExpectedRevenue.ShouldBe(Money.Sek(999.99m));
        result.RoundingEffect.ShouldBe(Money.Sek(-0.01m));
    }

    [Fact]
    public void Fixed_SharesTheYearlyCostByEmployees_AsMonthlyFeesToTheOre()
    {
        var result = PriceRules.Compute(
            new ServiceCostInput(PriceModel.Fixed, 120_000m, 100m, AllocationKey.Employees),
            [new CustomerVolume(Alfa, 0m, 300), new CustomerVolume(Beta, 0m, 100)],
            2m);

        result.UnitPrice.ShouldBeNull();
        result.MonthlyFees[Alfa].ShouldBe(Money.Sek(7_650m)); // 122 400 × 3/4 / 12
        result.MonthlyFees[Beta].ShouldBe(Money.Sek(2_550m));
        result.ExpectedRevenue.ShouldBe(Money.Sek(122_400m));
    }

    [Fact]
    public void Fixed_WithThirds_ShowsTheRoundingGain()
    {
        var result = PriceRules.Compute(
            new ServiceCostInput(PriceModel.Fixed, 1_000m, 100m, AllocationKey.Employees),
            [new CustomerVolume(Alfa, 0m, 1), new CustomerVolume(Beta, 0m, 1), new CustomerVolume(Gamma, 0m, 1)],
            0m);

        result.MonthlyFees.Values.ShouldAllBe(fee => fee == Money.Sek(27.78m)); // 1 000 / 3 / 12 = 27.777…
        result.ExpectedRevenue.ShouldBe(Money.Sek(1_000.08m));
        result.RoundingEffect.ShouldBe(Money.Sek(0.08m));
    }

    [Fact]
    public void Fixed_ByForecastShare_UsesTheQuantitiesNotTheEmployees()
    {
        var result = PriceRules.Compute(
            new ServiceCostInput(PriceModel.Fixed, 1_200m, 100m, AllocationKey.ForecastShare),
            [new CustomerVolume(Alfa, 1m, 900), new CustomerVolume(Beta, 3m, 100)],
            0m);

        result.MonthlyFees[Alfa].ShouldBe(Money.Sek(25m));
        result.MonthlyFees[Beta].ShouldBe(Money.Sek(75m));
    }

    [Fact]
    public void Hybrid_SplitsBaseShareAsFixedFees_AndTheRestPerUnit()
    {
        var result = PriceRules.Compute(
            new ServiceCostInput(PriceModel.Hybrid, 10_000m, 50m, AllocationKey.Employees),
            [new CustomerVolume(Alfa, 7m, 300), new CustomerVolume(Beta, 5m, 100)],
            2m);

        result.MonthlyFees[Alfa].ShouldBe(Money.Sek(318.75m)); // 5 100 × 3/4 / 12
        result.MonthlyFees[Beta].ShouldBe(Money.Sek(106.25m));
        result.UnitPrice.ShouldBe(Money.Sek(425m)); // 5 100 / 12
        result.ExpectedRevenue.ShouldBe(Money.Sek(10_200m));
        result.YearlyCostFor(Alfa, 7m).ShouldBe(Money.Sek((318.75m * 12m) + (425m * 7m)));
    }

    [Fact]
    public void PerUnit_WithoutForecastVolume_HasNoPriceAndSaysWhy()
    {
        var result = PerUnit(1_000m, 2m);

        result.UnitPrice.ShouldBeNull();
        result.Issue.ShouldNotBeNull();
    }

    [Fact]
    public void Indexed_CompoundsEachCostTypeAndTheEfficiencyRequirement_YearByYear()
    {
        var index = new CostIndex(2027);
        index.Set(personnelPercent: 3m, otherPercent: 2m, capitalPercent: 0m, efficiencyPercent: 1m);
        var next = new CostIndex(2028);
        next.Set(3m, 2m, 0m, 1m);

        PriceRules.Indexed(100m, 100m, 100m, [index]).ShouldBe(301.95m); // (103 + 102 + 100) × 0.99
        PriceRules.Indexed(100m, 100m, 100m, [index, next]).ShouldBe(303.958413m); // (106.09 + 104.04 + 100) × 0.99²
    }

    [Fact]
    public void PriceList_DecidedOnce_RefusesEveryChange()
    {
        var list = PriceList.StartDraft(2026, 1, null, 2m, null, "controller", DateTime.UtcNow);
        list.AddService("lon", "Lön", "Lön", PriceModel.Fixed);
        list.SetSelfCost("lon", Money.Sek(1_000m), Money.Zero, Money.Zero, SelfCostSource.Manual);
        list.SetForecast("lon", Alfa, "Alfa", 0m, 10);
        list.Decide(new PriceListDecision("FSN 2025/1", new DateOnly(2025, 11, 1), "Nämnden", new DateOnly(2026, 1, 1)), null, "controller", DateTime.UtcNow);

        Should.Throw<BusinessRuleException>(() => list.SetResultRequirement(3m)).RuleName.ShouldBe(nameof(DecidedPriceListCannotBeChangedRule));
        Should.Throw<BusinessRuleException>(() => list.SetForecast("lon", Beta, "Beta", 0m, 5));
        Should.Throw<BusinessRuleException>(() => list.SetSelfCost("lon", Money.Zero, Money.Zero, Money.Zero, SelfCostSource.Manual));
        Should.Throw<BusinessRuleException>(() => list.EnsureCanBeDiscarded());
    }
}
