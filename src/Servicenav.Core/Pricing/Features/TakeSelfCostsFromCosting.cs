using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>Takes every service's self-cost from the year's latest costing run (IServiceSelfCosts).</summary>
public sealed record TakeSelfCostsFromCosting(Guid PriceListId) : IRequest<Result<Unit>>;

internal sealed class TakeSelfCostsFromCostingHandler(ServicenavDb db, IEnumerable<IServiceSelfCosts> selfCosts) : IHandler<TakeSelfCostsFromCosting, Result<Unit>>
{
    public Task<Result<Unit>> Handle(TakeSelfCostsFromCosting request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, async list =>
        {
            list.EnsureCanBeDiscarded(); // a decided list refuses before the costing model is asked
            var costs = await PriceListDraftBuilder.SelfCosts(selfCosts, list.Year, cancellationToken)
                ?? throw new ValidationFailedException("selfCosts", string.Format(SwedishCulture.Culture, PricingMessages.NoSelfCostsForYear, list.Year));
            list.TakeSelfCostsFromCosting(costs.ModelId, costs.Services.ToDictionary(
                s => s.ServiceCode, s => (s.Personnel, s.Other, s.Capital), StringComparer.OrdinalIgnoreCase));
        }, cancellationToken);
}
