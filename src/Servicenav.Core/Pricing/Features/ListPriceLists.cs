using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>The price lists the caller may see, newest year and version first (a year's history).</summary>
public sealed record ListPriceLists(int? Year = null) : IRequest<Result<IReadOnlyList<PriceListSummary>>>;

internal sealed class ListPriceListsHandler(ServicenavDb db, TimeProvider clock) : IHandler<ListPriceLists, Result<IReadOnlyList<PriceListSummary>>>
{
    public async Task<Result<IReadOnlyList<PriceListSummary>>> Handle(ListPriceLists request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanRead(db.User))
        {
            return Result<IReadOnlyList<PriceListSummary>>.Forbidden();
        }

        var query = db.PriceLists.Include(p => p.Services).AsNoTracking();
        if (request.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        var lists = (await query.ToListAsync(cancellationToken)).Where(p => PricingAccess.CanSee(db.User, p)).ToList();
        var inForce = await PricingReads.InForceId(db, SwedishCulture.Today(clock), cancellationToken);
        var latestDecided = lists.Where(p => p.Status == PriceListStatus.Decided).GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.Max(p => p.Version));
        return lists
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Version)
            .Select(p => PricingViews.Summary(p, inForce, p.Status == PriceListStatus.Decided && latestDecided[p.Year] > p.Version))
            .ToList();
    }
}
