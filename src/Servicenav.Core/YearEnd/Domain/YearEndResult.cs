namespace Servicenav.YearEnd.Domain;

/// <summary>
/// The organisation's result for a year: every area and the total, before and after refunds, and the same month by
/// month (<see cref="Months"/>) from January through the last month with figures.
/// </summary>
public sealed class YearEndResult
{
    public YearEndResult(int year, IReadOnlyList<AreaResult> areas, decimal? resultRequirementPercent, IReadOnlyList<MonthResult>? months = null)
    {
        Year = year;
        Areas = areas;
        ResultRequirementPercent = resultRequirementPercent;
        Months = months ?? [];
        Total = AreaResult.Sum("", "", areas);
    }

    public int Year { get; }

    public IReadOnlyList<AreaResult> Areas { get; }

    /// <summary>The year's resultatkrav in percent of revenue, when pricing has one.</summary>
    public decimal? ResultRequirementPercent { get; }

    public AreaResult Total { get; }

    public IReadOnlyList<MonthResult> Months { get; }

    public AreaResult? Area(string areaCode) =>
        Areas.FirstOrDefault(a => string.Equals(a.AreaCode, areaCode, StringComparison.OrdinalIgnoreCase));
}
