using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Domain;

public sealed class DecidedCatalogVersionCannotBeChangedRule(CatalogVersionStatus status, int number) : IBusinessRule
{
    public bool IsBroken() => status == CatalogVersionStatus.Decided;

    public string Message => string.Format(SwedishCulture.Culture, Messages.DecidedCatalogCannotBeChanged, number);
}

public sealed class DecidedCatalogMustContainServicesRule(int serviceCount) : IBusinessRule
{
    public bool IsBroken() => serviceCount == 0;

    public string Message => Messages.DecidedCatalogMustContainServices;
}

/// <summary>History is not rewritten: a new version cannot take effect before the latest decided one.</summary>
public sealed class EffectiveDateCannotPrecedeLatestDecidedVersionRule(DateOnly effectiveFrom, CatalogDecision? latest) : IBusinessRule
{
    public bool IsBroken() => latest is not null && effectiveFrom < latest.EffectiveFrom;

    public string Message => string.Format(
        SwedishCulture.Culture,
        Messages.EffectiveDateBeforeLatest,
        latest is null ? "" : SwedishCulture.Date(latest.EffectiveFrom));
}

public sealed class OnlyOneDraftCatalogVersionRule(int? existingDraftNumber) : IBusinessRule
{
    public bool IsBroken() => existingDraftNumber is not null;

    public string Message => string.Format(SwedishCulture.Culture, Messages.DraftAlreadyExists, existingDraftNumber);
}
