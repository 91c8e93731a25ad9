using FluentValidation;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>A service's price terms: its unit, the hybrid base share (%) and the key fixed fees are shared by.</summary>
public sealed class SetPriceListTerms : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PriceListId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string ServiceCode { get; set; } = "";

    public string? Unit { get; set; }

    public decimal BaseSharePercent { get; set; }

    public AllocationKey Key { get; set; }
}

public sealed class SetPriceListTermsValidator : AbstractValidator<SetPriceListTerms>
{
    public SetPriceListTermsValidator()
    {
        RuleFor(x => x.BaseSharePercent).InclusiveBetween(0m, 100m).WithMessage(PricingMessages.BaseShareRange);
        RuleFor(x => x.Unit).MaximumLength(40);
        RuleFor(x => x.Key).IsInEnum();
    }
}

internal sealed class SetPriceListTermsHandler(ServicenavDb db) : IHandler<SetPriceListTerms, Result<Unit>>
{
    public Task<Result<Unit>> Handle(SetPriceListTerms request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, list => list.SetTerms(request.ServiceCode, request.Unit, request.BaseSharePercent, request.Key), cancellationToken);
}
