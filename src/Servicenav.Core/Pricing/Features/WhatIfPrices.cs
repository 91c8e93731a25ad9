using FluentValidation;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// What-if, without saving: change volumes, self-costs or the result requirement of a price list and see each
/// service's price and each customer's yearly cost (forecast × unit price + 12 × monthly fees) before and after.
/// </summary>
public sealed class WhatIfPrices : IRequest<Result<WhatIfResult>>
{
    public Guid PriceListId { get; set; }

    public decimal? ResultRequirementPercent { get; set; }

    public List<WhatIfSelfCost> SelfCosts { get; set; } = [];

    public List<WhatIfVolume> Volumes { get; set; } = [];
}

public sealed record WhatIfSelfCost(string ServiceCode, decimal SelfCost);

public sealed record WhatIfVolume(string ServiceCode, Guid CustomerId, decimal Quantity);

public sealed class WhatIfPricesValidator : AbstractValidator<WhatIfPrices>
{
    public WhatIfPricesValidator()
    {
        RuleFor(x => x.ResultRequirementPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
        RuleForEach(x => x.SelfCosts).Must(c => c.SelfCost >= 0m).WithMessage(PricingMessages.NotNegative);
        RuleForEach(x => x.Volumes).Must(v => v.Quantity >= 0m).WithMessage(PricingMessages.NotNegative);
    }
}

internal sealed class WhatIfPricesHandler(ServicenavDb db, TimeProvider clock) : IHandler<WhatIfPrices, Result<WhatIfResult>>
{
    public async Task<Result<WhatIfResult>> Handle(WhatIfPrices request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanManage(db.User))
        {
            return Result<WhatIfResult>.Forbidden();
        }

        // Read without tracking: nothing computed here may ever be saved.
        var list = await PricingReads.ById(db, request.PriceListId, cancellationToken);
        if (list is null)
        {
            return Result<WhatIfResult>.NotFound();
        }

        db.ChangeTracker.Clear();
        var rr = request.ResultRequirementPercent ?? list.ResultRequirementPercent;
        var services = new List<WhatIfServiceDto>();
        var before = new Dictionary<(Guid Id, string Name), Money>();
        var after = new Dictionary<(Guid Id, string Name), Money>();
        foreach (var service in list.Services.OrderBy(s => s.ServiceName, StringComparer.Create(SwedishCulture.Culture, true)))
        {
            var forecasts = list.ForecastsOf(service.ServiceCode).ToList();
            var cost = request.SelfCosts.LastOrDefault(c => Same(c.ServiceCode, service.ServiceCode))?.SelfCost ?? service.SelfCost.Kronor;
            var volumes = forecasts.Select(f => new CustomerVolume(
                f.CustomerId,
                request.Volumes.LastOrDefault(v => Same(v.ServiceCode, service.ServiceCode) && v.CustomerId == f.CustomerId)?.Quantity ?? f.Quantity,
                f.Employees)).ToList();
            var result = PriceRules.Compute(new ServiceCostInput(service.Model, cost, service.BaseSharePercent, service.Key), volumes, rr);
            var line = PricingViews.Line(list, service);
            services.Add(new WhatIfServiceDto(
                service.ServiceCode, service.ServiceName, service.Model, service.Unit,
                service.UnitPrice, result.UnitPrice,
                line.FixedPerYear, Money.Sum(result.MonthlyFees.Values.Select(f => Money.Sek(f.Kronor * 12m))),
                service.SelfCost, Money.Sek(cost)));
            foreach (var (forecast, volume) in forecasts.Zip(volumes))
            {
                var key = (forecast.CustomerId, forecast.CustomerName);
                before[key] = before.GetValueOrDefault(key) + PricingViews.YearlyCost(forecast.MonthlyFee, service.UnitPrice, forecast.Quantity);
                after[key] = after.GetValueOrDefault(key) + PricingViews.YearlyCost(
                    result.MonthlyFees.TryGetValue(forecast.CustomerId, out var fee) ? fee : null, result.UnitPrice, volume.Quantity);
            }
        }

        var customers = before.Keys
            .Select(k => new WhatIfCustomerDto(k.Id, k.Name, before[k], after[k]))
            .OrderByDescending(c => c.YearlyCostAfter)
            .ToList();
        var summary = PricingViews.Summary(list, await PricingReads.InForceId(db, SwedishCulture.Today(clock), cancellationToken), superseded: false);
        return new WhatIfResult(summary, list.ResultRequirementPercent, rr, services, customers);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
