using Servicenav.Catalog.Domain;

namespace Servicenav.Catalog.Features;

public sealed record CatalogVersionSummary(
    int Number,
    CatalogVersionStatus Status,
    string? Diarienummer,
    DateOnly? DecisionDate,
    string? DecidedBy,
    DateOnly? EffectiveFrom,
    bool IsCurrent,
    int ServiceCount,
    string CreatedBy,
    DateTime CreatedAtUtc);

public sealed record AreaDto(string Code, string Name, int SortOrder);

public sealed record ServiceSummaryDto(
    string Code,
    string Name,
    string AreaCode,
    string Description,
    SharingStatus Sharing,
    PriceModel PriceModel,
    string OwnerName);

public sealed record CatalogAreaGroup(AreaDto Area, IReadOnlyList<ServiceSummaryDto> Services);

/// <summary>The catalogue as a customer reads it: areas with their services, from one version.</summary>
public sealed record CatalogListing(CatalogVersionSummary? Version, IReadOnlyList<CatalogAreaGroup> Areas, int TotalServices);

public sealed record DecisionDto(string Diarienummer, DateOnly DecisionDate, string DecidedBy, int VersionNumber);

public sealed record ServiceDetailsDto(
    string Code,
    string Name,
    string AreaCode,
    string AreaName,
    string Description,
    IReadOnlyList<string> Included,
    IReadOnlyList<string> NotIncluded,
    SharingStatus Sharing,
    PriceModel PriceModel,
    Guid? OwnerUserId,
    string OwnerName,
    ServiceLevels Levels,
    DecisionDto? Decision,
    int VersionNumber,
    CatalogVersionStatus VersionStatus);

public sealed record CatalogVersionDetails(CatalogVersionSummary Summary, IReadOnlyList<AreaDto> Areas, IReadOnlyList<ServiceDetailsDto> Services);

public sealed record CatalogComparison(CatalogVersionSummary From, CatalogVersionSummary To, IReadOnlyList<ServiceChange> Changes);
