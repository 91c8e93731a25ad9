using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// Starts a draft price list for a year: a copy of the year's latest decided version (to supersede it), or else
/// built from the decided catalogue, the year's self-costs and the usage matrix.
/// </summary>
public sealed record StartPriceListDraft(int Year, decimal ResultRequirementPercent = 2m) : IRequest<Result<Guid>>;

public sealed class StartPriceListDraftValidator : AbstractValidator<StartPriceListDraft>
{
    public StartPriceListDraftValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage(PricingMessages.YearRange);
        RuleFor(x => x.ResultRequirementPercent).InclusiveBetween(-100m, 100m).WithMessage(PricingMessages.PercentRange);
    }
}

internal sealed class StartPriceListDraftHandler(ServicenavDb db, TimeProvider clock, IEnumerable<IServiceSelfCosts> selfCosts)
    : IHandler<StartPriceListDraft, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(StartPriceListDraft request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanManage(db.User))
        {
            return Result<Guid>.Forbidden();
        }

        var draft = await Start(db, clock, selfCosts, request.Year, request.ResultRequirementPercent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return draft.Id;
    }

    internal static async Task<PriceList> Start(ServicenavDb db, TimeProvider clock, IEnumerable<IServiceSelfCosts> selfCosts, int year, decimal rr, CancellationToken ct)
    {
        var existingDraft = await db.PriceLists.Where(p => p.Year == year && p.Status == PriceListStatus.Draft).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);
        var version = (await db.PriceLists.Where(p => p.Year == year).MaxAsync(p => (int?)p.Version, ct) ?? 0) + 1;
        var basedOn = await PricingReads.LatestDecidedOfYear(db, year, ct);
        var draft = PriceList.StartDraft(year, version, existingDraft, rr, basedOn, db.User.UserName, clock.GetUtcNow().UtcDateTime);
        if (basedOn is null)
        {
            await PriceListDraftBuilder.Fill(db, draft, await PriceListDraftBuilder.SelfCosts(selfCosts, year, ct), ct);
        }

        db.PriceLists.Add(draft);
        return draft;
    }
}
