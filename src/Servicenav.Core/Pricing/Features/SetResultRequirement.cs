using FluentValidation;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>The year's result requirement (resultatkrav) in percent for a draft price list; every price is recomputed.</summary>
public sealed class SetResultRequirement : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PriceListId { get; set; }

    public decimal Percent { get; set; }
}

public sealed class SetResultRequirementValidator : AbstractValidator<SetResultRequirement>
{
    public SetResultRequirementValidator() =>
        RuleFor(x => x.Percent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
}

internal sealed class SetResultRequirementHandler(ServicenavDb db) : IHandler<SetResultRequirement, Result<Unit>>
{
    public Task<Result<Unit>> Handle(SetResultRequirement request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, list => list.SetResultRequirement(request.Percent), cancellationToken);
}
