using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

/// <summary>The organisation's result for a year: every area and the total, before and after refunds.</summary>
public sealed class YearEndResult
{
    public YearEndResult(int year, IReadOnlyList<AreaResult> areas, decimal? resultRequirementPercent)
    {
        Year = year;
        Areas = areas;
        ResultRequirementPercent = resultRequirementPercent;
        Total = new AreaResult(
            "",
            "",
            Sum(areas, a => a.Revenue),
            Sum(areas, a => a.Cost),
            Sum(areas, a => a.BudgetResult),
            Sum(areas, a => a.Refunds));
    }

    public int Year { get; }

    public IReadOnlyList<AreaResult> Areas { get; }

    /// <summary>The year's resultatkrav in percent of revenue, when pricing has one.</summary>
    public decimal? ResultRequirementPercent { get; }

    public AreaResult Total { get; }

    public AreaResult? Area(string areaCode) =>
        Areas.FirstOrDefault(a => string.Equals(a.AreaCode, areaCode, StringComparison.OrdinalIgnoreCase));

    private static Money Sum(IEnumerable<AreaResult> areas, Func<AreaResult, Money> amount) =>
        areas.Aggregate(Money.Zero, (sum, area) => sum + amount(area));
}
