using FluentValidation;
using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>
/// Records the committee's decision on a draft: it becomes immutable and, from its effective date, the
/// current catalogue.
/// </summary>
public sealed class DecideCatalogVersion : IRequest<Result<CatalogVersionSummary>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int VersionNumber { get; set; }

    public string Diarienummer { get; set; } = "";

    public DateOnly? DecisionDate { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateOnly? EffectiveFrom { get; set; }
}

public sealed class DecideCatalogVersionValidator : AbstractValidator<DecideCatalogVersion>
{
    public DecideCatalogVersionValidator()
    {
        RuleFor(x => x.Diarienummer).NotEmpty().WithMessage(Messages.DiarienummerRequired).MaximumLength(60).WithMessage(Messages.TooLong60);
        RuleFor(x => x.DecisionDate).NotNull().WithMessage(Messages.Required);
        RuleFor(x => x.DecidedBy).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
        RuleFor(x => x.EffectiveFrom).NotNull().WithMessage(Messages.Required);
    }
}

internal sealed class DecideCatalogVersionHandler(ServicenavDb db, TimeProvider clock) : IHandler<DecideCatalogVersion, Result<CatalogVersionSummary>>
{
    public async Task<Result<CatalogVersionSummary>> Handle(DecideCatalogVersion request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogDecide))
        {
            return Result<CatalogVersionSummary>.Forbidden();
        }

        var version = await CatalogReads.ByNumber(db, request.VersionNumber, cancellationToken);
        if (version is null)
        {
            return Result<CatalogVersionSummary>.NotFound();
        }

        var previous = await CatalogReads.LatestDecided(db, cancellationToken);
        var decision = new CatalogDecision(request.Diarienummer, request.DecisionDate!.Value, request.DecidedBy, request.EffectiveFrom!.Value);
        version.Decide(decision, previous, db.User.UserName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var current = await CatalogReads.CurrentNumber(db, SwedishCulture.Today(clock), cancellationToken);
        return CatalogReads.Summary(version, current);
    }
}
