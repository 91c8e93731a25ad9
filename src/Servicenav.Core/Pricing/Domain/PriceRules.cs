using Servicenav.Catalog.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Domain;

/// <summary>How a fixed (or the base of a hybrid) service's yearly cost is shared between its customers.</summary>
public enum AllocationKey
{
    /// <summary>By the customers' employees (the customer register), the default.</summary>
    Employees,

    /// <summary>By each customer's share of the service's forecast volume.</summary>
    ForecastShare,
}

/// <summary>What one service's price is computed from.</summary>
public sealed record ServiceCostInput(PriceModel Model, decimal SelfCost, decimal BaseSharePercent, AllocationKey Key);

/// <summary>One customer's forecast for a service: yearly quantity and the employees the key may use.</summary>
public sealed record CustomerVolume(Guid CustomerId, decimal Quantity, int Employees);

/// <summary>The computed price of one service and what it is expected to bring in.</summary>
public sealed record ServicePriceResult(
    Money Target,
    Money? UnitPrice,
    IReadOnlyDictionary<Guid, Money> MonthlyFees,
    Money ExpectedRevenue,
    string? Issue)
{
    /// <summary>Expected revenue minus cost + result requirement: what rounding to öre gains (+) or loses (−).</summary>
    public Money RoundingEffect => ExpectedRevenue - Target;

    public Money YearlyCostFor(Guid customerId, decimal quantity) =>
        Money.Sek(((MonthlyFees.TryGetValue(customerId, out var fee) ? fee.Kronor : 0m) * 12m) + (UnitPrice is { } p ? p.Kronor * quantity : 0m));
}

/// <summary>
/// The price rules (see also the module's README.md). The result requirement rr (resultatkrav, percent) means the price
/// covers self-cost × (1 + rr). Every amount is computed exactly in decimal and rounded ONCE, at the end, to whole
/// öre half away from zero (<see cref="Money.Sek"/>):
/// <list type="bullet">
/// <item>per unit and hourly: unit price = self-cost × (1 + rr) / forecast volume;</item>
/// <item>fixed: the customer's yearly share = self-cost × (1 + rr) × key / Σ key, monthly fee = share / 12;</item>
/// <item>hybrid: the base share (% of cost + rr) is shared as fixed monthly fees, the rest is priced per unit.</item>
/// </list>
/// Expected revenue = Σ 12 × monthly fee + Σ round(unit price × customer volume); its difference from
/// self-cost × (1 + rr) is the rounding effect, shown beside every price.
/// </summary>
public static class PriceRules
{
    public static decimal TargetOf(decimal selfCost, decimal resultRequirementPercent) =>
        selfCost * (1m + (resultRequirementPercent / 100m));

    public static ServicePriceResult Compute(ServiceCostInput input, IReadOnlyList<CustomerVolume> volumes, decimal resultRequirementPercent)
    {
        var target = TargetOf(input.SelfCost, resultRequirementPercent);
        var basePart = input.Model switch
        {
            PriceModel.Fixed => target,
            PriceModel.Hybrid => target * input.BaseSharePercent / 100m,
            _ => 0m,
        };
        var variablePart = target - basePart;
        string? issue = null;

        var fees = new Dictionary<Guid, Money>();
        if (basePart != 0m)
        {
            var weights = volumes.ToDictionary(v => v.CustomerId, v => input.Key == AllocationKey.Employees ? v.Employees : v.Quantity);
            var total = weights.Values.Sum();
            if (total <= 0m)
            {
                issue = input.Key == AllocationKey.Employees ? PricingMessages.NoEmployeesToShareBy : PricingMessages.NoForecastToShareBy;
            }
            else
            {
                foreach (var (customer, weight) in weights.Where(w => w.Value > 0m))
                {
                    fees[customer] = Money.Sek(basePart * weight / total / 12m);
                }
            }
        }

        Money? unitPrice = null;
        if (input.Model != PriceModel.Fixed && (variablePart != 0m || input.Model != PriceModel.Hybrid))
        {
            // A service with nothing to recover needs no volume; one with a cost and no volume cannot be priced.
            var volume = volumes.Sum(v => v.Quantity);
            if (volume <= 0m)
            {
                issue ??= variablePart == 0m ? null : PricingMessages.NoForecastVolume;
            }
            else
            {
                unitPrice = Money.Sek(variablePart / volume);
            }
        }

        var revenue = fees.Values.Aggregate(Money.Zero, (sum, fee) => sum + Money.Sek(fee.Kronor * 12m));
        if (unitPrice is { } price)
        {
            revenue = volumes.Aggregate(revenue, (sum, v) => sum + Money.Sek(price.Kronor * v.Quantity));
        }

        return new ServicePriceResult(Money.Sek(target), unitPrice, fees, revenue, issue);
    }

    /// <summary>
    /// A self-cost carried <paramref name="yearsAhead"/> years forward: each cost type grows by its index and the
    /// whole is reduced by the efficiency requirement, year by year (compounded), rounded once at the end.
    /// </summary>
    public static decimal Indexed(decimal personnel, decimal other, decimal capital, IReadOnlyList<CostIndex> indicesInOrder)
    {
        foreach (var index in indicesInOrder)
        {
            personnel *= 1m + (index.PersonnelPercent / 100m);
            other *= 1m + (index.OtherPercent / 100m);
            capital *= 1m + (index.CapitalPercent / 100m);
            var efficiency = 1m - (index.EfficiencyPercent / 100m);
            personnel *= efficiency;
            other *= efficiency;
            capital *= efficiency;
        }

        return personnel + other + capital;
    }
}
