using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// The change per service between two price lists, in kronor and percent: of the unit price for unit and hourly
/// services, of the yearly fixed fees for fixed ones, and for hybrids of the yearly charge at the new list's forecast
/// volume (fixed fees per year + unit price × volume) — its two parts can move in opposite directions, as when the
/// base share changes, so neither part alone says what a customer will pay.
/// </summary>
public sealed record ComparePriceLists(Guid From, Guid To) : IRequest<Result<PriceListComparison>>
{
    /// <summary>The change is of the unit price.</summary>
    public const string UnitBasis = "unit";

    /// <summary>The change is of the fixed fees per year.</summary>
    public const string FixedBasis = "fixed";

    /// <summary>The change is of the yearly charge (fixed fees + unit price × the new list's volume): hybrids.</summary>
    public const string YearlyBasis = "yearly";
}

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
            var basis = a?.Model == PriceModel.Hybrid || b?.Model == PriceModel.Hybrid ? ComparePriceLists.YearlyBasis
                : (a?.UnitPrice ?? b?.UnitPrice) is not null ? ComparePriceLists.UnitBasis : ComparePriceLists.FixedBasis;
            var volume = basis == ComparePriceLists.YearlyBasis ? (b ?? a)!.Volume : (decimal?)null;
            var before = basis switch
            {
                ComparePriceLists.UnitBasis => a?.UnitPrice,
                ComparePriceLists.YearlyBasis => a is null ? null : Yearly(a, volume!.Value),
                _ => a is null ? null : fixedFrom,
            };
            var after = basis switch
            {
                ComparePriceLists.UnitBasis => b?.UnitPrice,
                ComparePriceLists.YearlyBasis => b is null ? null : Yearly(b, volume!.Value),
                _ => b is null ? null : fixedTo,
            };
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
                basis,
                volume));
        }

        return changes.OrderBy(c => c.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
    }

    private static Money Yearly(PriceLineDto line, decimal volume) =>
        Money.Sek(line.FixedPerYear.Kronor + ((line.UnitPrice?.Kronor ?? 0m) * volume));
}
