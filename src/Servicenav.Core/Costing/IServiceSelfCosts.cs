using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing;

/// <summary>
/// What pricing needs from costing: each service's self-cost for a year, split by cost type so the
/// indicative prices can index wages, other costs and capital costs separately.
/// </summary>
public interface IServiceSelfCosts
{
    /// <summary>The year's calculated costing model (the latest run); null if the year has none.</summary>
    Task<ServiceSelfCosts?> ForYearAsync(int year, CancellationToken cancellationToken = default);
}

public sealed record ServiceSelfCosts(int Year, Guid ModelId, LedgerKind Basis, DateTime CalculatedAtUtc, IReadOnlyList<ServiceSelfCost> Services)
{
    public ServiceSelfCost? For(string serviceCode) =>
        Services.FirstOrDefault(s => string.Equals(s.ServiceCode, serviceCode, StringComparison.OrdinalIgnoreCase));
}

public sealed record ServiceSelfCost(string ServiceCode, Money Personnel, Money Other, Money Capital)
{
    public Money Total => Personnel + Other + Capital;
}
