using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>A whole catalogue version with every service in full: what a draft editor or a reviewer reads.</summary>
public sealed record GetCatalogVersion(int Number) : IRequest<Result<CatalogVersionDetails>>;

internal sealed class GetCatalogVersionHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetCatalogVersion, Result<CatalogVersionDetails>>
{
    public async Task<Result<CatalogVersionDetails>> Handle(GetCatalogVersion request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<CatalogVersionDetails>.Forbidden();
        }

        var version = await CatalogReads.ByNumber(db, request.Number, cancellationToken);
        if (version is null)
        {
            return Result<CatalogVersionDetails>.NotFound();
        }

        var current = await CatalogReads.CurrentNumber(db, SwedishCulture.Today(clock), cancellationToken);
        var areaOrder = version.Areas.ToDictionary(a => a.Code, a => a.SortOrder);
        return new CatalogVersionDetails(
            CatalogReads.Summary(version, current),
            version.Areas.OrderBy(a => a.SortOrder).Select(a => new AreaDto(a.Code, a.Name, a.SortOrder)).ToList(),
            version.Services
                .OrderBy(s => areaOrder.GetValueOrDefault(s.AreaCode))
                .ThenBy(s => s.Name, StringComparer.Create(SwedishCulture.Culture, ignoreCase: true))
                .Select(s => CatalogReads.Details(version, s))
                .ToList());
    }
}
