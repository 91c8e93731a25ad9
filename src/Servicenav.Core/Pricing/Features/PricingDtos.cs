using Servicenav.Catalog.Domain;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

public sealed record PriceListSummary(
    Guid Id,
    int Year,
    int Version,
    PriceListStatus Status,
    decimal ResultRequirementPercent,
    string? Diarienummer,
    DateOnly? DecisionDate,
    string? DecidedBy,
    DateOnly? EffectiveFrom,
    bool IsInForce,
    bool IsSuperseded,
    bool IsPublished,
    int ServiceCount,
    Money SelfCostTotal,
    Money TargetTotal,
    Money ExpectedRevenueTotal,
    string CreatedBy,
    DateTime CreatedAtUtc)
{
    public Money RoundingEffect => ExpectedRevenueTotal - TargetTotal;
}

public sealed record ForecastDto(Guid CustomerId, string CustomerName, decimal Quantity, int Employees, Money? MonthlyFee, Money YearlyCost);

public sealed record PriceLineDto(
    string Code,
    string Name,
    string AreaName,
    PriceModel Model,
    string? Unit,
    SelfCostSource SelfCostSource,
    Money Personnel,
    Money Other,
    Money Capital,
    Money SelfCost,
    decimal BaseSharePercent,
    AllocationKey Key,
    Money Target,
    Money? UnitPrice,
    Money FixedPerYear,
    decimal Volume,
    Money ExpectedRevenue,
    Money RoundingEffect,
    string? Issue,
    IReadOnlyList<ForecastDto> Forecasts);

/// <summary>One customer's expected yearly cost under a price list: Σ forecast × unit price + 12 × monthly fees.</summary>
public sealed record CustomerYearlyCostDto(Guid CustomerId, string CustomerName, Money YearlyCost);

public sealed record PriceListDetails(
    PriceListSummary Summary,
    bool CanEdit,
    bool CostingAvailable,
    IReadOnlyList<PriceLineDto> Services,
    IReadOnlyList<CustomerYearlyCostDto> Customers);

/// <summary>
/// One service's change between two lists. <see cref="Basis"/> says what changed: "unit" (the unit price), "fixed" (the
/// fixed fees per year) or "yearly" (hybrids: fixed fees per year + unit price × <see cref="Volume"/>, the new list's forecast).
/// </summary>
public sealed record PriceChangeDto(
    string Code,
    string Name,
    PriceModel? ModelFrom,
    PriceModel? ModelTo,
    Money? UnitPriceFrom,
    Money? UnitPriceTo,
    Money FixedPerYearFrom,
    Money FixedPerYearTo,
    Money ChangeKronor,
    decimal? ChangePercent,
    string Basis,
    decimal? Volume);

public sealed record PriceListComparison(PriceListSummary From, PriceListSummary To, IReadOnlyList<PriceChangeDto> Changes);

public sealed record CostIndexDto(int Year, decimal PersonnelPercent, decimal OtherPercent, decimal CapitalPercent, decimal EfficiencyPercent);

public sealed record IndicativePriceDto(string Code, string Name, PriceModel Model, string? Unit, IReadOnlyList<IndicativeYearDto> Years);

/// <summary>A year's price of a service: the unit price for unit and hourly services, the yearly fixed amount for the rest.</summary>
public sealed record IndicativeYearDto(int Year, Money SelfCost, Money? UnitPrice, Money FixedPerYear, decimal? ChangePercent);

public sealed record IndicativePrices(int Year, PriceListSummary? Basis, IReadOnlyList<CostIndexDto> Indices, IReadOnlyList<IndicativePriceDto> Services);

public sealed record WhatIfServiceDto(string Code, string Name, PriceModel Model, string? Unit, Money? UnitPriceBefore, Money? UnitPriceAfter, Money FixedPerYearBefore, Money FixedPerYearAfter, Money SelfCostBefore, Money SelfCostAfter);

public sealed record WhatIfCustomerDto(Guid CustomerId, string CustomerName, Money YearlyCostBefore, Money YearlyCostAfter)
{
    public Money Change => YearlyCostAfter - YearlyCostBefore;
}

public sealed record WhatIfResult(PriceListSummary Basis, decimal ResultRequirementBefore, decimal ResultRequirementAfter, IReadOnlyList<WhatIfServiceDto> Services, IReadOnlyList<WhatIfCustomerDto> Customers);
