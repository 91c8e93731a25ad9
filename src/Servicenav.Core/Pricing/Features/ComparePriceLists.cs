using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// The change per service between two price lists, in kronor and percent: of the unit price for unit and hourly
/// services, of the yearly fixed fees for fixed ones (hybrids: the unit price, with the fixed fees beside it).
/// </summary>
public sealed record ComparePriceLists(Guid From, Guid To) : IRequest<Result<PriceListComparison>>;

internal sealed class ComparePriceListsHandler(ServicenavDb db, TimeProvider clock) : IHandler<ComparePriceLists, Result<PriceListComparison>>
{
    public async Task<Result<PriceListComparison>> Handle(ComparePriceLists request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanRead(db.User))
        {
            return Result<PriceListComparison>.Forbidden();
        }

        var from = await PricingReads.ById(db, request.From, cancellationToken);
        var to = await PricingReads.ById(db, request.To, cancellationToken);
        if (from is null || to is null || !PricingAccess.CanSee(db.User, from) || !PricingAccess.CanSee(db.User, to))
        {
            return Result<PriceListComparison>.NotFound();
        }

        var today = SwedishCulture.Today(clock);
        return new PriceListComparison(
            await PricingViews.Summary(db, from, today, cancellationToken),
            await PricingViews.Summary(db, to, today, cancellationToken),
            Changes(from, to));
    }

    internal static IReadOnlyList<PriceChangeDto> Changes(PriceList from, PriceList to)
    {
        var codes = from.Services.Select(s => s.ServiceCode).Union(to.Services.Select(s => s.ServiceCode), StringComparer.OrdinalIgnoreCase);
        var changes = new List<PriceChangeDto>();
        foreach (var code in codes)
        {
            var a = from.FindService(code) is { } sa ? PricingViews.Line(from, sa) : null;
            var b = to.FindService(code) is { } sb ? PricingViews.Line(to, sb) : null;
            var fixedFrom = a?.FixedPerYear ?? Money.Zero;
            var fixedTo = b?.FixedPerYear ?? Money.Zero;
            var byUnit = (a?.UnitPrice ?? b?.UnitPrice) is not null;
            var before = byUnit ? a?.UnitPrice : a is null ? null : fixedFrom;
            var after = byUnit ? b?.UnitPrice : b is null ? null : fixedTo;
            var change = (after ?? Money.Zero) - (before ?? Money.Zero);
            decimal? percent = before is { } x && x != Money.Zero && after is not null
                ? Math.Round(change.Kronor / x.Kronor * 100m, 1, MidpointRounding.AwayFromZero)
                : null;
            changes.Add(new PriceChangeDto(
                code,
                b?.Name ?? a!.Name,
                a?.Model,
                b?.Model,
                a?.UnitPrice,
                b?.UnitPrice,
                fixedFrom,
                fixedTo,
                change,
                percent,
                byUnit ? "unit" : "fixed"));
        }

        return changes.OrderBy(c => c.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
    }
}
