namespace Servicenav.YearEnd;

/// <summary>
/// Where year-end results read the year's result requirement (resultatkrav, % of revenue). Pricing owns the
/// figure (in the year's decided price list); a year without one has none and the page says so.
/// </summary>
public interface IResultRequirementSource
{
    Task<decimal?> PercentForYearAsync(int year, CancellationToken cancellationToken = default);
}
