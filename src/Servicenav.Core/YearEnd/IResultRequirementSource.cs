namespace Servicenav.YearEnd;

/// <summary>
/// Where year-end results read the year's result requirement (resultatkrav, % of revenue). Pricing owns the
/// figure; until it answers, a year has none and the page says so.
/// </summary>
public interface IResultRequirementSource
{
    Task<decimal?> PercentForYearAsync(int year, CancellationToken cancellationToken = default);
}

internal sealed class NoResultRequirement : IResultRequirementSource
{
    public Task<decimal?> PercentForYearAsync(int year, CancellationToken cancellationToken = default) => Task.FromResult<decimal?>(null);
}
