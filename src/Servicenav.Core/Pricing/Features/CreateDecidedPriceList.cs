using FluentValidation;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// For the demo seeder (and a controller's quick start): creates a year's price list from the decided catalogue,
/// the year's self-costs (IServiceSelfCosts, or a plausible cost per service when the year has no costing model)
/// and forecasts from the customer register's employees and the usage matrix; then decides and publishes it.
/// Does nothing if the year already has a decided price list (idempotent), and answers that list's id.
/// </summary>
public sealed class CreateDecidedPriceList : IRequest<Result<Guid>>
{
    public int Year { get; set; }

    public decimal ResultRequirementPercent { get; set; } = 2m;

    public string Diarienummer { get; set; } = "";

    public DateOnly? DecisionDate { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateOnly? EffectiveFrom { get; set; }

    public bool Publish { get; set; } = true;
}

public sealed class CreateDecidedPriceListValidator : AbstractValidator<CreateDecidedPriceList>
{
    public CreateDecidedPriceListValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage(PricingMessages.YearRange);
        RuleFor(x => x.ResultRequirementPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
        RuleFor(x => x.Diarienummer).NotEmpty().WithMessage(PricingMessages.DiarienummerRequired).MaximumLength(60).WithMessage(PricingMessages.TooLong60);
        RuleFor(x => x.DecisionDate).NotNull().WithMessage(PricingMessages.Required);
        RuleFor(x => x.DecidedBy).NotEmpty().WithMessage(PricingMessages.Required).MaximumLength(200).WithMessage(PricingMessages.TooLong200);
        RuleFor(x => x.EffectiveFrom).NotNull().WithMessage(PricingMessages.Required);
    }
}

internal sealed class CreateDecidedPriceListHandler(ServicenavDb db, TimeProvider clock, IEnumerable<IServiceSelfCosts> selfCosts)
    : IHandler<CreateDecidedPriceList, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateDecidedPriceList request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanManage(db.User))
        {
            return Result<Guid>.Forbidden();
        }

        if (await PricingReads.LatestDecidedOfYear(db, request.Year, cancellationToken) is { } existing)
        {
            return existing.Id;
        }

        var draft = await StartPriceListDraftHandler.Start(db, clock, selfCosts, request.Year, request.ResultRequirementPercent, cancellationToken);
        foreach (var unused in draft.Services.Where(s => !draft.ForecastsOf(s.ServiceCode).Any()).Select(s => s.ServiceCode).ToList())
        {
            draft.RemoveService(unused);
        }

        PriceListDraftBuilder.FillPlausibleSelfCosts(draft);
        var decision = new PriceListDecision(request.Diarienummer, request.DecisionDate!.Value, request.DecidedBy, request.EffectiveFrom!.Value);
        await DecidePriceListHandler.Decide(db, clock, draft, decision, request.Publish, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Id;
    }
}
