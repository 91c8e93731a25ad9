using Servicenav.Catalog.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Domain;

/// <summary>One service in a price list: its self-cost, its price model's terms, and the computed price.</summary>
public sealed class PriceListService
{
    private PriceListService()
    {
    }

    internal PriceListService(Guid priceListId, string code, string name, string areaName, PriceModel model)
    {
        Id = Guid.CreateVersion7();
        PriceListId = priceListId;
        ServiceCode = code;
        ServiceName = name;
        AreaName = areaName;
        Model = model;
        Unit = DefaultUnit(model);
        BaseSharePercent = model switch { PriceModel.Hybrid => 50m, PriceModel.Fixed => 100m, _ => 0m };
        Key = AllocationKey.Employees;
    }

    public Guid Id { get; private set; }

    public Guid PriceListId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public string ServiceName { get; private set; } = "";

    public string AreaName { get; private set; } = "";

    public PriceModel Model { get; private set; }

    /// <summary>The unit a per-unit or hourly price is per ("st", "användare", "timme"); null for fixed.</summary>
    public string? Unit { get; private set; }

    public SelfCostSource SelfCostSource { get; private set; }

    public Money SelfCostPersonnel { get; private set; }

    public Money SelfCostOther { get; private set; }

    public Money SelfCostCapital { get; private set; }

    /// <summary>Hybrid only: the share of cost + requirement charged as fixed monthly fees (the rest per unit).</summary>
    public decimal BaseSharePercent { get; private set; }

    public AllocationKey Key { get; private set; }

    /// <summary>Self-cost × (1 + result requirement), rounded to öre.</summary>
    public Money Target { get; private set; }

    public Money? UnitPrice { get; private set; }

    public Money ExpectedRevenue { get; private set; }

    /// <summary>Why the service has no price yet (no volume, no key); null when priced.</summary>
    public string? Issue { get; private set; }

    public Money SelfCost => SelfCostPersonnel + SelfCostOther + SelfCostCapital;

    public Money RoundingEffect => ExpectedRevenue - Target;

    public bool HasFixedPart => Model == PriceModel.Fixed || (Model == PriceModel.Hybrid && BaseSharePercent > 0m);

    public static string? DefaultUnit(PriceModel model) => model switch
    {
        PriceModel.Hourly => "timme",
        PriceModel.PerUnit or PriceModel.Hybrid => "st",
        _ => null,
    };

    internal void SetSelfCost(Money personnel, Money other, Money capital, SelfCostSource source)
    {
        SelfCostPersonnel = personnel;
        SelfCostOther = other;
        SelfCostCapital = capital;
        SelfCostSource = source;
    }

    internal void SetTerms(string? unit, decimal baseSharePercent, AllocationKey key)
    {
        Unit = Model == PriceModel.Fixed ? null : string.IsNullOrWhiteSpace(unit) ? DefaultUnit(Model) : unit.Trim();
        BaseSharePercent = Model switch
        {
            PriceModel.Hybrid => baseSharePercent,
            PriceModel.Fixed => 100m,
            _ => 0m,
        };
        Key = key;
    }

    internal ServiceCostInput Input => new(Model, SelfCost.Kronor, BaseSharePercent, Key);

    internal void Apply(ServicePriceResult result)
    {
        Target = result.Target;
        UnitPrice = result.UnitPrice;
        ExpectedRevenue = result.ExpectedRevenue;
        Issue = result.Issue;
    }

    internal PriceListService CopyTo(Guid priceListId)
    {
        var copy = new PriceListService(priceListId, ServiceCode, ServiceName, AreaName, Model)
        {
            Unit = Unit,
            BaseSharePercent = BaseSharePercent,
            Key = Key,
        };
        copy.SetSelfCost(SelfCostPersonnel, SelfCostOther, SelfCostCapital, SelfCostSource);
        return copy;
    }
}

/// <summary>
/// A customer's yearly volume forecast for a service, with the customer's employees (the default key) as they
/// were when the forecast was made, and the monthly fee the price list computed for it (fixed and hybrid).
/// Customer-owned: a customer's users see only their own rows.
/// </summary>
public sealed class VolumeForecast : ICustomerOwned
{
    private VolumeForecast()
    {
    }

    internal VolumeForecast(Guid priceListId, string serviceCode, Guid customerId, string customerName, decimal quantity, int employees)
    {
        Id = Guid.CreateVersion7();
        PriceListId = priceListId;
        ServiceCode = serviceCode;
        CustomerId = customerId;
        CustomerName = customerName;
        Quantity = quantity;
        Employees = employees;
    }

    public Guid Id { get; private set; }

    public Guid PriceListId { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; } = "";

    /// <summary>Forecast quantity for the whole year, in the service's unit (thousandths kept).</summary>
    public decimal Quantity { get; private set; }

    public int Employees { get; private set; }

    public Money? MonthlyFee { get; private set; }

    internal CustomerVolume Volume => new(CustomerId, Quantity, Employees);

    internal void Set(decimal quantity, int employees)
    {
        Quantity = quantity;
        Employees = employees;
    }

    internal void ApplyFee(Money? fee) => MonthlyFee = fee;

    internal VolumeForecast CopyTo(Guid priceListId) => new(priceListId, ServiceCode, CustomerId, CustomerName, Quantity, Employees);
}
