using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

/// <summary>
/// One service area's year (or month): what it charged, what its services cost (self-cost), what it was
/// budgeted to make, and what it has decided to give back. Like a row of Örebro's "Driftredovisning per område".
/// </summary>
public sealed record AreaResult(string AreaCode, string AreaName, Money Revenue, Money Cost, Money BudgetResult, Money Refunds)
{
    public Money ResultBeforeRefunds => Revenue - Cost;

    public Money ResultAfterRefunds => ResultBeforeRefunds - Refunds;

    /// <summary>Positive when the area did better than budgeted (budgetavvikelse).</summary>
    public Money DeviationFromBudget => ResultAfterRefunds - BudgetResult;

    /// <summary>Revenue as the customers finally paid it: refunds are returned revenue.</summary>
    public Money RevenueAfterRefunds => Revenue - Refunds;

    /// <summary>The result after refunds as a share of the revenue after refunds, in percent (Örebro's "relation").</summary>
    public decimal? ResultPercentOfRevenue =>
        RevenueAfterRefunds.Kronor == 0 ? null : Math.Round(ResultAfterRefunds.Kronor / RevenueAfterRefunds.Kronor * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>What the result requirement asks of this area: a share of its revenue.</summary>
    public Money RequiredResult(decimal resultRequirementPercent) => Revenue.Times(resultRequirementPercent / 100m);

    /// <summary>The surplus above the result requirement: what could go back to the customers without missing it.</summary>
    public Money SurplusAboveRequirement(decimal resultRequirementPercent) => ResultBeforeRefunds - RequiredResult(resultRequirementPercent);

    /// <summary>Several rows added up (areas into a total, months into a year) under one code and name.</summary>
    public static AreaResult Sum(string areaCode, string areaName, IReadOnlyCollection<AreaResult> rows) => new(
        areaCode,
        areaName,
        Add(rows, r => r.Revenue),
        Add(rows, r => r.Cost),
        Add(rows, r => r.BudgetResult),
        Add(rows, r => r.Refunds));

    private static Money Add(IEnumerable<AreaResult> rows, Func<AreaResult, Money> amount) => Money.Sum(rows.Select(amount));
}
