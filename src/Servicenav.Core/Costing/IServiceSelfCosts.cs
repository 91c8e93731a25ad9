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

    /// <summary>
    /// Each service's self-cost of the year's latest run spread over the twelve months as its costs were booked in
    /// the cost basis (the ledger lines' months, through the same activities and pools); a service's months sum
    /// exactly to its self-cost. Null if the year has no run.
    /// </summary>
    Task<ServiceCostsByMonth?> ByMonthAsync(int year, CancellationToken cancellationToken = default);
}

/// <summary>
/// The services' self-costs month by month, from the run calculated at <see cref="CalculatedAtUtc"/> on the
/// <see cref="Basis"/> ledger. <see cref="BookedAsYearTotals"/>: the basis held only year totals (every
/// line in one month, e.g. a yearly budget), so the costs are spread evenly rather than as booked.
/// </summary>
public sealed record ServiceCostsByMonth(LedgerKind Basis, DateTime CalculatedAtUtc, bool BookedAsYearTotals, IReadOnlyList<ServiceCostByMonth> Services);

/// <summary>A service's self-cost month by month: <see cref="Months"/>[0] is January.</summary>
public sealed record ServiceCostByMonth(string ServiceCode, IReadOnlyList<Money> Months)
{
    public Money Total => Money.Sum(Months);
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
