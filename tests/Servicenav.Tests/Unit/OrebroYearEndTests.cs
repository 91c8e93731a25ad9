using System.Globalization;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;
using Sylvan.Data.Csv;

namespace Servicenav.Tests.Unit;

/// <summary>
/// Region Örebro län's Regionservice 2020 (annual report, Driftredovisning per område): each area's turnover,
/// budget deviation and refund. Budgeted result was 0, so an area's cost is its turnover less its deviation.
/// </summary>
public class OrebroYearEndTests
{
    private const decimal Mnkr = 1_000_000m;

    [Fact]
    public void Orebro_2020_result_before_refunds_is_127_0_refunds_97_2_and_after_29_8_mnkr()
    {
        var areas = OrebroAreas.Read();
        var before = new YearEndResult(2020, areas.Select(a => a.BeforeRefunds()).ToList(), resultRequirementPercent: null);

        var decided = areas.Select(a => a.Refund > 0
                ? RefundDecision.Decide(Terms(a.Refund), before.Area(a.Code)!, [new ChargedBasis(Guid.NewGuid(), before.Area(a.Code)!.Revenue)], "controller", DateTime.UtcNow)
                : null)
            .OfType<RefundDecision>()
            .ToList();
        var after = new YearEndResult(2020, areas.Select(a => a.BeforeRefunds() with { Refunds = Refunds(decided, a.Code) }).ToList(), null);

        before.Total.ResultBeforeRefunds.ShouldBe(Money.Sek(127.0m * Mnkr));
        after.Total.Refunds.ShouldBe(Money.Sek(97.2m * Mnkr));
        after.Total.ResultAfterRefunds.ShouldBe(Money.Sek(29.8m * Mnkr));
        after.Total.RevenueAfterRefunds.ShouldBe(Money.Sek(1_990.0m * Mnkr));
        after.Total.ResultPercentOfRevenue.ShouldBe(1.5m);
        foreach (var area in areas)
        {
            var result = after.Area(area.Code)!;
            result.DeviationFromBudget.ShouldBe(Money.Sek(area.Deviation * Mnkr), area.Name);
            result.ResultPercentOfRevenue.ShouldBe(area.RelationPercent, area.Name);
        }
    }

    [Fact]
    public void An_area_cannot_refund_more_than_it_made()
    {
        var it = OrebroAreas.Read().Single(a => a.Name == "Område IT").BeforeRefunds();

        var refused = Should.Throw<BusinessRuleException>(() =>
            RefundDecision.Decide(Terms(it.ResultBeforeRefunds.Kronor / Mnkr + 0.1m), it, [new ChargedBasis(Guid.NewGuid(), it.Revenue)], "controller", DateTime.UtcNow));

        refused.Message.ShouldContain("Område IT");
    }

    [Fact]
    public void An_area_with_a_deficit_has_nothing_to_refund()
    {
        var forsorjning = OrebroAreas.Read().Single(a => a.Name == "Område försörjning").BeforeRefunds();

        Should.Throw<BusinessRuleException>(() =>
            RefundDecision.Decide(Terms(1m), forsorjning, [new ChargedBasis(Guid.NewGuid(), forsorjning.Revenue)], "controller", DateTime.UtcNow));
    }

    private static RefundTerms Terms(decimal mnkr) =>
        new(2020, Money.Sek(mnkr * Mnkr), "RS 21/00001", new DateOnly(2021, 2, 15), "Servicenämnden", new Period(2020, 12), null);

    private static Money Refunds(IEnumerable<RefundDecision> decisions, string areaCode) =>
        decisions.Where(d => d.AreaCode == areaCode).Aggregate(Money.Zero, (sum, d) => sum + d.Amount);
}

/// <summary>One row of orebro_areas_2020.csv (mnkr).</summary>
public sealed record OrebroArea(string Code, string Name, decimal Turnover, decimal Deviation, decimal RelationPercent, decimal Refund)
{
    private const decimal Mnkr = 1_000_000m;

    /// <summary>The refunds were paid out of the revenue: before them, revenue was turnover + refund; cost is turnover − deviation.</summary>
    public AreaResult BeforeRefunds() =>
        new(Code, Name, Money.Sek((Turnover + Refund) * Mnkr), Money.Sek((Turnover - Deviation) * Mnkr), Money.Zero, Money.Zero);
}

public static class OrebroAreas
{
    public static IReadOnlyList<OrebroArea> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "demo-data", "orebro", "orebro_areas_2020.csv");
        using var csv = CsvDataReader.Create(path);
        var areas = new List<OrebroArea>();
        while (csv.Read())
        {
            if (csv.GetString(csv.GetOrdinal("row_type")) != "area")
            {
                continue;
            }

            var refund = csv.GetString(csv.GetOrdinal("aterbetalning_2020_mnkr"));
            areas.Add(new OrebroArea(
                "omr" + csv.GetString(csv.GetOrdinal("order")),
                csv.GetString(csv.GetOrdinal("omrade")),
                Number(csv.GetString(csv.GetOrdinal("omsattning_2020_mnkr"))),
                Number(csv.GetString(csv.GetOrdinal("budgetavvikelse_2020_mnkr"))),
                Number(csv.GetString(csv.GetOrdinal("relation_pct"))),
                refund.Length == 0 ? 0m : Number(refund)));
        }

        return areas;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
