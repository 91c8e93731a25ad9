using FluentValidation;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>Enters a service's self-cost by hand (kronor per cost type), instead of taking it from costing.</summary>
public sealed class SetPriceListSelfCost : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PriceListId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string ServiceCode { get; set; } = "";

    public decimal Personnel { get; set; }

    public decimal Other { get; set; }

    public decimal Capital { get; set; }
}

public sealed class SetPriceListSelfCostValidator : AbstractValidator<SetPriceListSelfCost>
{
    public SetPriceListSelfCostValidator()
    {
        RuleFor(x => x.Personnel).GreaterThanOrEqualTo(0m).WithMessage(PricingMessages.NotNegative);
        RuleFor(x => x.Other).GreaterThanOrEqualTo(0m).WithMessage(PricingMessages.NotNegative);
        RuleFor(x => x.Capital).GreaterThanOrEqualTo(0m).WithMessage(PricingMessages.NotNegative);
    }
}

internal sealed class SetPriceListSelfCostHandler(ServicenavDb db) : IHandler<SetPriceListSelfCost, Result<Unit>>
{
    public Task<Result<Unit>> Handle(SetPriceListSelfCost request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, list => list.SetSelfCost(
            request.ServiceCode, Money.Sek(request.Personnel), Money.Sek(request.Other), Money.Sek(request.Capital), SelfCostSource.Manual), cancellationToken);
}
