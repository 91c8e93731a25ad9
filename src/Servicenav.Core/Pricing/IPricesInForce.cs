using Servicenav.Catalog.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing;

/// <summary>
/// What charging needs from pricing: the decided price list in force for a month, and its price per service.
/// The Billing module reads prices only through this contract (modules talk through small public surfaces).
/// </summary>
public interface IPricesInForce
{
    /// <summary>The decided price list whose effective date is the latest on or before the period's first day; null if none.</summary>
    Task<PricesInForce?> ForPeriodAsync(Period period, CancellationToken cancellationToken = default);
}

/// <summary>One decided price list version as billing sees it. Every invoice line stores <see cref="PriceListId"/>.</summary>
public sealed record PricesInForce(
    Guid PriceListId,
    int Year,
    int Version,
    string Diarienummer,
    DateOnly EffectiveFrom,
    IReadOnlyList<ServicePrice> Services)
{
    public ServicePrice? For(string serviceCode) =>
        Services.FirstOrDefault(service => string.Equals(service.ServiceCode, serviceCode, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The price of one service. Per unit and hourly: <see cref="UnitPrice"/> per <see cref="Unit"/>.
/// Fixed: a monthly fee per customer (the service's cost shared, e.g. by employees). Hybrid: both.
/// </summary>
public sealed record ServicePrice(
    string ServiceCode,
    PriceModel Model,
    string? Unit,
    Money? UnitPrice,
    IReadOnlyList<CustomerMonthlyFee> MonthlyFees);

/// <summary>What one customer pays each month for a fixed or hybrid service.</summary>
public sealed record CustomerMonthlyFee(Guid CustomerId, Money Amount);
