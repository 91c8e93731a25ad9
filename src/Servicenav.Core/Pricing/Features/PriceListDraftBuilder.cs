using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Pricing.Features;

/// <summary>
/// Fills a new draft that has no decided list of its year to start from: the services of the decided catalogue
/// (price model from the catalogue), self-costs from the year's costing model when there is one, and forecasts
/// from the usage matrix: every customer that uses a service, with its employees × degree of use as volume.
/// </summary>
internal static class PriceListDraftBuilder
{
    /// <summary>The costing contract is implemented by the costing module; without it self-costs are entered by hand.</summary>
    public static async Task<ServiceSelfCosts?> SelfCosts(IEnumerable<IServiceSelfCosts> sources, int year, CancellationToken ct) =>
        sources.LastOrDefault() is { } source ? await source.ForYearAsync(year, ct) : null;

    public static async Task Fill(ServicenavDb db, PriceList draft, ServiceSelfCosts? selfCosts, CancellationToken ct)
    {
        var catalog = await CatalogReads.Current(db, new DateOnly(draft.Year, 1, 1), ct) ?? await CatalogReads.LatestDecided(db, ct)
            ?? throw new ValidationFailedException("year", PricingMessages.NoCatalogForYear);
        var customers = await db.Customers.AsNoTracking().Select(c => new { c.Id, c.Name, c.Employees }).ToDictionaryAsync(c => c.Id, ct);
        var usage = await db.ServiceUsages.AsNoTracking().Where(u => u.Status == UsageStatus.Uses).ToListAsync(ct);
        foreach (var service in catalog.Services)
        {
            draft.AddService(service.Code, service.Name, catalog.FindArea(service.AreaCode)?.Name ?? service.AreaCode, service.PriceModel);
            foreach (var cell in usage.Where(u => string.Equals(u.ServiceCode, service.Code, StringComparison.OrdinalIgnoreCase)))
            {
                if (customers.TryGetValue(cell.CustomerId, out var customer))
                {
                    var volume = Math.Round(customer.Employees * (cell.DegreePercent ?? 100m) / 100m, 0, MidpointRounding.AwayFromZero);
                    draft.SetForecast(service.Code, customer.Id, customer.Name, volume, customer.Employees);
                }
            }
        }

        if (selfCosts is not null)
        {
            draft.TakeSelfCostsFromCosting(selfCosts.ModelId, selfCosts.Services.ToDictionary(
                s => s.ServiceCode, s => (s.Personnel, s.Other, s.Capital), StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// A plausible self-cost for a demo when no costing model exists: a cost per forecast unit by price model,
    /// varied per service (stable: derived from its code), split 60 % personnel, 30 % other, 10 % capital.
    /// </summary>
    public static void FillPlausibleSelfCosts(PriceList draft)
    {
        foreach (var service in draft.Services.Where(s => s.SelfCost == Money.Zero))
        {
            var volume = draft.ForecastsOf(service.ServiceCode).Sum(f => service.Model == PriceModel.Fixed ? f.Employees : f.Quantity);
            var perUnit = service.Model switch
            {
                PriceModel.Fixed => 450m,
                PriceModel.Hourly => 40m,
                PriceModel.Hybrid => 900m,
                _ => 1200m,
            };
            var variation = 0.6m + (service.ServiceCode.Sum(c => c) % 9 / 10m);
            var total = Math.Max(volume, 100m) * perUnit * variation;
            draft.SetSelfCost(service.ServiceCode, Money.Sek(total * 0.6m), Money.Sek(total * 0.3m), Money.Sek(total * 0.1m), SelfCostSource.Manual);
        }
    }
}
