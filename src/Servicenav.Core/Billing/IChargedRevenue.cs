using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>What year-end results need from billing: what was charged, per month, customer and service.</summary>
public interface IChargedRevenue
{
    /// <summary>Net charged amounts (invoice lines incl. corrections, excluding refunds) for the year's months.</summary>
    Task<IReadOnlyList<ChargedAmount>> ForYearAsync(int year, CancellationToken cancellationToken = default);
}

public sealed record ChargedAmount(Period Period, Guid CustomerId, string ServiceCode, Money Amount);
