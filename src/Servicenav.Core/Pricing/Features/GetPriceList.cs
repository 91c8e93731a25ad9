using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>A price list in full: every service's self-cost, terms, forecasts, computed price and rounding effect.</summary>
public sealed record GetPriceList(Guid Id) : IRequest<Result<PriceListDetails>>;

internal sealed class GetPriceListHandler(ServicenavDb db, TimeProvider clock, IEnumerable<IServiceSelfCosts> selfCosts) : IHandler<GetPriceList, Result<PriceListDetails>>
{
    public async Task<Result<PriceListDetails>> Handle(GetPriceList request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanRead(db.User))
        {
            return Result<PriceListDetails>.Forbidden();
        }

        var list = await PricingReads.ById(db, request.Id, cancellationToken);
        if (list is null || !PricingAccess.CanSee(db.User, list))
        {
            return Result<PriceListDetails>.NotFound();
        }

        var costing = list.IsDraft && await PriceListDraftBuilder.SelfCosts(selfCosts, list.Year, cancellationToken) is not null;
        return await PricingViews.Details(db, list, SwedishCulture.Today(clock), costing, cancellationToken);
    }
}

/// <summary>The price list in force on a date (today by default). A customer's users see it only once published.</summary>
public sealed record GetPricesInForce(DateOnly? Date = null) : IRequest<Result<PriceListDetails>>;

internal sealed class GetPricesInForceHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetPricesInForce, Result<PriceListDetails>>
{
    public async Task<Result<PriceListDetails>> Handle(GetPricesInForce request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanRead(db.User))
        {
            return Result<PriceListDetails>.Forbidden();
        }

        var today = SwedishCulture.Today(clock);
        var list = await PricingReads.InForce(db, request.Date ?? today, cancellationToken);
        if (list is null || !PricingAccess.CanSee(db.User, list))
        {
            return Result<PriceListDetails>.NotFound();
        }

        return await PricingViews.Details(db, list, today, costingAvailable: false, cancellationToken);
    }
}
