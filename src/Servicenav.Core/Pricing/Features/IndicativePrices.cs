using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// Indicative prices for the three years after <see cref="Year"/>, for the budget process: each service's
/// self-cost per cost type carried forward by the cost indices and the efficiency requirement (compounded), then
/// priced with the same forecasts, result requirement and rounding rule as the year's price list.
/// </summary>
public sealed record GetIndicativePrices(int Year) : IRequest<Result<IndicativePrices>>;

internal sealed class GetIndicativePricesHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetIndicativePrices, Result<IndicativePrices>>
{
    public const int YearsAhead = 3;

    public async Task<Result<IndicativePrices>> Handle(GetIndicativePrices request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanRead(db.User))
        {
            return Result<IndicativePrices>.Forbidden();
        }

        var years = Enumerable.Range(request.Year + 1, YearsAhead).ToList();
        var stored = await db.PricingCostIndices.AsNoTracking().Where(c => years.Contains(c.Year)).ToListAsync(cancellationToken);
        var indices = years.Select(y => stored.FirstOrDefault(c => c.Year == y) ?? CostIndex.Neutral(y)).ToList();
        var indexDtos = indices.Select(c => new CostIndexDto(c.Year, c.PersonnelPercent, c.OtherPercent, c.CapitalPercent, c.EfficiencyPercent)).ToList();

        var basis = await PricingReads.LatestDecidedOfYear(db, request.Year, cancellationToken);
        if (basis is null && PricingAccess.CanManage(db.User))
        {
            basis = await PricingReads.WithContent(db).Where(p => p.Year == request.Year).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        }

        if (basis is null || !PricingAccess.CanSee(db.User, basis))
        {
            return new IndicativePrices(request.Year, null, indexDtos, []);
        }

        var services = basis.Services
            .OrderBy(s => s.AreaName, StringComparer.Create(SwedishCulture.Culture, true))
            .ThenBy(s => s.ServiceName, StringComparer.Create(SwedishCulture.Culture, true))
            .Select(s => Indicate(basis, s, indices))
            .ToList();
        return new IndicativePrices(request.Year, await PricingViews.Summary(db, basis, SwedishCulture.Today(clock), cancellationToken), indexDtos, services);
    }

    internal static IndicativePriceDto Indicate(PriceList basis, PriceListService service, IReadOnlyList<CostIndex> indices)
    {
        var line = PricingViews.Line(basis, service);
        var volumes = basis.ForecastsOf(service.ServiceCode).Select(f => new CustomerVolume(f.CustomerId, f.Quantity, f.Employees)).ToList();
        var rows = new List<IndicativeYearDto> { new(basis.Year, service.SelfCost, service.UnitPrice, line.FixedPerYear, null) };
        for (var k = 1; k <= indices.Count; k++)
        {
            var cost = PriceRules.Indexed(service.SelfCostPersonnel.Kronor, service.SelfCostOther.Kronor, service.SelfCostCapital.Kronor, indices.Take(k).ToList());
            var result = PriceRules.Compute(new ServiceCostInput(service.Model, cost, service.BaseSharePercent, service.Key), volumes, basis.ResultRequirementPercent);
            var fixedPerYear = Money.Sum(result.MonthlyFees.Values.Select(f => Money.Sek(f.Kronor * 12m)));
            rows.Add(new IndicativeYearDto(indices[k - 1].Year, Money.Sek(cost), result.UnitPrice, fixedPerYear, Change(service, line.FixedPerYear, result.UnitPrice, fixedPerYear)));
        }

        return new IndicativePriceDto(service.ServiceCode, service.ServiceName, service.Model, service.Unit, rows);
    }

    private static decimal? Change(PriceListService service, Money fixedNow, Money? unitPrice, Money fixedPerYear)
    {
        var (now, then) = service.UnitPrice is { } p && unitPrice is { } q ? (p.Kronor, q.Kronor) : (fixedNow.Kronor, fixedPerYear.Kronor);
        return now == 0m ? null : Math.Round((then - now) / now * 100m, 1, MidpointRounding.AwayFromZero);
    }
}

/// <summary>Sets a year's cost index (wages, other, capital in %) and the organisation's efficiency requirement (%).</summary>
public sealed class SetCostIndex : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Year { get; set; }

    public decimal PersonnelPercent { get; set; }

    public decimal OtherPercent { get; set; }

    public decimal CapitalPercent { get; set; }

    public decimal EfficiencyPercent { get; set; }
}

public sealed class SetCostIndexValidator : AbstractValidator<SetCostIndex>
{
    public SetCostIndexValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage(PricingMessages.YearRange);
        RuleFor(x => x.PersonnelPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
        RuleFor(x => x.OtherPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
        RuleFor(x => x.CapitalPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
        RuleFor(x => x.EfficiencyPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
    }
}

internal sealed class SetCostIndexHandler(ServicenavDb db) : IHandler<SetCostIndex, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(SetCostIndex request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanManage(db.User))
        {
            return Result.Forbidden();
        }

        var index = await db.PricingCostIndices.FirstOrDefaultAsync(c => c.Year == request.Year, cancellationToken);
        if (index is null)
        {
            index = new CostIndex(request.Year);
            db.PricingCostIndices.Add(index);
        }

        index.Set(request.PersonnelPercent, request.OtherPercent, request.CapitalPercent, request.EfficiencyPercent);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
