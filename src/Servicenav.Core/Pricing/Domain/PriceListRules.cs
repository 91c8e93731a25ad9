using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Domain;

public sealed class DecidedPriceListCannotBeChangedRule(PriceListStatus status, int year, int version) : IBusinessRule
{
    public bool IsBroken() => status == PriceListStatus.Decided;

    public string Message => string.Format(SwedishCulture.Culture, PricingMessages.DecidedPriceListCannotBeChanged, year, version);
}

public sealed class OnlyOneDraftPriceListPerYearRule(int year, int? existingDraftVersion) : IBusinessRule
{
    public bool IsBroken() => existingDraftVersion is not null;

    public string Message => string.Format(SwedishCulture.Culture, PricingMessages.PriceListDraftExists, year, existingDraftVersion);
}

/// <summary>A price list is decided only when every service has a price: no service may be left without one.</summary>
public sealed class PriceListMustBeFullyPricedRule(IReadOnlyList<(string Code, string Issue)> issues) : IBusinessRule
{
    public bool IsBroken() => issues.Count > 0;

    public string Message => string.Format(
        SwedishCulture.Culture,
        PricingMessages.PriceListHasUnpricedServices,
        string.Join("; ", issues.Select(i => $"{i.Code}: {i.Issue}")));
}

public sealed class PriceListMustContainServicesRule(int count) : IBusinessRule
{
    public bool IsBroken() => count == 0;

    public string Message => PricingMessages.PriceListWithoutServices;
}

/// <summary>History is not rewritten: a new version cannot take effect before the latest decided one.</summary>
public sealed class PriceListEffectiveDateCannotPrecedeLatestRule(DateOnly effectiveFrom, DateOnly? latest) : IBusinessRule
{
    public bool IsBroken() => latest is { } l && effectiveFrom < l;

    public string Message => string.Format(SwedishCulture.Culture, PricingMessages.PriceListEffectiveBeforeLatest, latest is { } l ? SwedishCulture.Date(l) : "");
}

public sealed class OnlyDecidedPriceListCanBePublishedRule(PriceListStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PriceListStatus.Decided;

    public string Message => PricingMessages.OnlyDecidedCanBePublished;
}
