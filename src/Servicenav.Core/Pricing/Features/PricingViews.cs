using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>Shapes price lists for reading.</summary>
internal static class PricingViews
{
    public static async Task<PriceListSummary> Summary(ServicenavDb db, PriceList list, DateOnly today, CancellationToken ct)
    {
        var inForce = await PricingReads.InForceId(db, today, ct);
        var superseded = list.Status == PriceListStatus.Decided
            && await db.PriceLists.AnyAsync(p => p.Year == list.Year && p.Status == PriceListStatus.Decided && p.Version > list.Version, ct);
        return Summary(list, inForce, superseded);
    }

    public static PriceListSummary Summary(PriceList list, Guid? inForceId, bool superseded) => new(
        list.Id,
        list.Year,
        list.Version,
        list.Status,
        list.ResultRequirementPercent,
        list.Decision?.Diarienummer,
        list.Decision?.DecisionDate,
        list.Decision?.DecidedBy,
        list.Decision?.EffectiveFrom,
        list.Id == inForceId,
        superseded,
        list.IsPublished,
        list.Services.Count,
        Money.Sum(list.Services.Select(s => s.SelfCost)),
        Money.Sum(list.Services.Select(s => s.Target)),
        Money.Sum(list.Services.Select(s => s.ExpectedRevenue)),
        list.CreatedBy,
        list.CreatedAtUtc);

    public static async Task<PriceListDetails> Details(ServicenavDb db, PriceList list, DateOnly today, bool costingAvailable, CancellationToken ct)
    {
        var lines = list.Services
            .OrderBy(s => s.AreaName, StringComparer.Create(SwedishCulture.Culture, true))
            .ThenBy(s => s.ServiceName, StringComparer.Create(SwedishCulture.Culture, true))
            .Select(s => Line(list, s))
            .ToList();
        return new PriceListDetails(
            await Summary(db, list, today, ct),
            list.IsDraft && PricingAccess.CanManage(db.User),
            costingAvailable,
            lines,
            CustomerCosts(lines));
    }

    public static PriceLineDto Line(PriceList list, PriceListService s)
    {
        var forecasts = list.ForecastsOf(s.ServiceCode)
            .OrderBy(f => f.CustomerName, StringComparer.Create(SwedishCulture.Culture, true))
            .Select(f => new ForecastDto(
                f.CustomerId,
                f.CustomerName,
                f.Quantity,
                f.Employees,
                f.MonthlyFee,
                YearlyCost(f.MonthlyFee, s.UnitPrice, f.Quantity)))
            .ToList();
        return new PriceLineDto(
            s.ServiceCode,
            s.ServiceName,
            s.AreaName,
            s.Model,
            s.Unit,
            s.SelfCostSource,
            s.SelfCostPersonnel,
            s.SelfCostOther,
            s.SelfCostCapital,
            s.SelfCost,
            s.BaseSharePercent,
            s.Key,
            s.Target,
            s.UnitPrice,
            Money.Sum(forecasts.Select(f => f.MonthlyFee is { } fee ? Money.Sek(fee.Kronor * 12m) : Money.Zero)),
            forecasts.Sum(f => f.Quantity),
            s.ExpectedRevenue,
            s.RoundingEffect,
            s.Issue,
            forecasts);
    }

    /// <summary>What a customer pays in a year for one service: 12 monthly fees plus forecast × unit price (to öre).</summary>
    public static Money YearlyCost(Money? monthlyFee, Money? unitPrice, decimal quantity) =>
        Money.Sek(((monthlyFee?.Kronor ?? 0m) * 12m) + (unitPrice is { } p ? Math.Round(p.Kronor * quantity, 2, MidpointRounding.AwayFromZero) : 0m));

    public static IReadOnlyList<CustomerYearlyCostDto> CustomerCosts(IEnumerable<PriceLineDto> lines) =>
        lines.SelectMany(l => l.Forecasts)
            .GroupBy(f => (f.CustomerId, f.CustomerName))
            .Select(g => new CustomerYearlyCostDto(g.Key.CustomerId, g.Key.CustomerName, Money.Sum(g.Select(f => f.YearlyCost))))
            .OrderByDescending(c => c.YearlyCost)
            .ToList();

    public static Money FixedPerYear(PriceLineDto line) => line.FixedPerYear;


    public static bool IsUnitPriced(PriceModel model) => model is PriceModel.PerUnit or PriceModel.Hourly or PriceModel.Hybrid;
}
