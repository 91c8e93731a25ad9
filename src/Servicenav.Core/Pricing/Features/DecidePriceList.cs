using FluentValidation;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// Records the committee's decision on a draft price list: it becomes immutable and, from its effective date,
/// the prices every charge is made with. Optionally published to all customers at once.
/// </summary>
public sealed class DecidePriceList : IRequest<Result<PriceListSummary>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PriceListId { get; set; }

    public string Diarienummer { get; set; } = "";

    public DateOnly? DecisionDate { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateOnly? EffectiveFrom { get; set; }

    public bool Publish { get; set; }
}

public sealed class DecidePriceListValidator : AbstractValidator<DecidePriceList>
{
    public DecidePriceListValidator()
    {
        RuleFor(x => x.Diarienummer).NotEmpty().WithMessage(PricingMessages.DiarienummerRequired).MaximumLength(60).WithMessage(PricingMessages.TooLong60);
        RuleFor(x => x.DecisionDate).NotNull().WithMessage(PricingMessages.Required);
        RuleFor(x => x.DecidedBy).NotEmpty().WithMessage(PricingMessages.Required).MaximumLength(200).WithMessage(PricingMessages.TooLong200);
        RuleFor(x => x.EffectiveFrom).NotNull().WithMessage(PricingMessages.Required);
    }
}

internal sealed class DecidePriceListHandler(ServicenavDb db, TimeProvider clock) : IHandler<DecidePriceList, Result<PriceListSummary>>
{
    public async Task<Result<PriceListSummary>> Handle(DecidePriceList request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanManage(db.User))
        {
            return Result<PriceListSummary>.Forbidden();
        }

        var list = await PricingReads.ById(db, request.PriceListId, cancellationToken);
        if (list is null)
        {
            return Result<PriceListSummary>.NotFound();
        }

        await Decide(db, clock, list, new PriceListDecision(request.Diarienummer, request.DecisionDate!.Value, request.DecidedBy, request.EffectiveFrom!.Value), request.Publish, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await PricingViews.Summary(db, list, SwedishCulture.Today(clock), cancellationToken);
    }

    internal static async Task Decide(ServicenavDb db, TimeProvider clock, PriceList list, PriceListDecision decision, bool publish, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        list.Decide(decision, await PricingReads.LatestEffectiveFrom(db, list.Year, ct), db.User.UserName, now);
        if (publish)
        {
            list.Publish(db.User.UserName, now);
        }
    }
}

/// <summary>Publishes a decided price list to every customer (read-only on /priser).</summary>
public sealed record PublishPriceList(Guid PriceListId) : IRequest<Result<Unit>>;

internal sealed class PublishPriceListHandler(ServicenavDb db, TimeProvider clock) : IHandler<PublishPriceList, Result<Unit>>
{
    public Task<Result<Unit>> Handle(PublishPriceList request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, list => list.Publish(db.User.UserName, clock.GetUtcNow().UtcDateTime), cancellationToken);
}

/// <summary>Throws a draft price list away. A decided one is part of the public record and cannot be removed (409).</summary>
public sealed record DiscardPriceListDraft(Guid PriceListId) : IRequest<Result<Unit>>;

internal sealed class DiscardPriceListDraftHandler(ServicenavDb db) : IHandler<DiscardPriceListDraft, Result<Unit>>
{
    public Task<Result<Unit>> Handle(DiscardPriceListDraft request, CancellationToken cancellationToken) =>
        PriceListEditing.Change(db, request.PriceListId, list =>
        {
            list.EnsureCanBeDiscarded();
            db.PriceLists.Remove(list);
        }, cancellationToken);
}
