using System.Globalization;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Browse and search the catalogue: areas with their services, from the current version unless a version is named.</summary>
public sealed record ListCatalogServices(string? Search = null, string? AreaCode = null, int? VersionNumber = null)
    : IRequest<Result<CatalogListing>>;

internal sealed class ListCatalogServicesHandler(ServicenavDb db, TimeProvider clock) : IHandler<ListCatalogServices, Result<CatalogListing>>
{
    public async Task<Result<CatalogListing>> Handle(ListCatalogServices request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<CatalogListing>.Forbidden();
        }

        var today = SwedishCulture.Today(clock);
        var version = await CatalogReads.ByNumberOrCurrent(db, request.VersionNumber, today, cancellationToken);
        if (version is null)
        {
            return request.VersionNumber is null
                ? new CatalogListing(null, [], 0)
                : Result<CatalogListing>.NotFound();
        }

        // The catalogue is small (tens to hundreds of services): matching in memory gives correct
        // Swedish case-insensitivity (Å/Ä/Ö), which SQLite's lower() does not.
        var services = version.Services
            .Where(s => request.AreaCode is null || string.Equals(s.AreaCode, request.AreaCode, StringComparison.OrdinalIgnoreCase))
            .Where(s => Matches(s, request.Search))
            .ToList();
        var groups = version.Areas
            .OrderBy(a => a.SortOrder)
            .Select(a => new CatalogAreaGroup(
                new AreaDto(a.Code, a.Name, a.SortOrder),
                services.Where(s => s.AreaCode == a.Code)
                    .OrderBy(s => s.Name, StringComparer.Create(SwedishCulture.Culture, ignoreCase: true))
                    .Select(s => new ServiceSummaryDto(s.Code, s.Name, s.AreaCode, s.Description, s.Sharing, s.PriceModel, s.OwnerName))
                    .ToList()))
            .Where(g => g.Services.Count > 0 || (request.Search is null && request.AreaCode is null))
            .ToList();
        var currentNumber = await CatalogReads.CurrentNumber(db, today, cancellationToken);
        return new CatalogListing(CatalogReads.Summary(version, currentNumber), groups, services.Count);
    }

    private static bool Matches(Domain.CatalogService service, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return true;
        }

        var compare = SwedishCulture.Culture.CompareInfo;
        const CompareOptions options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return search.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(term =>
            new[] { service.Code, service.Name, service.Description, service.IncludedText, service.NotIncludedText, service.OwnerName }
                .Any(text => compare.IndexOf(text, term, options) >= 0));
    }
}
