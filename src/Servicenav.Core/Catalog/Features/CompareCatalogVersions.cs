using Servicenav.Access;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>What changed between two catalogue versions: services added, removed, and changed field by field.</summary>
public sealed record CompareCatalogVersions(int From, int To) : IRequest<Result<CatalogComparison>>;

internal sealed class CompareCatalogVersionsHandler(ServicenavDb db, TimeProvider clock) : IHandler<CompareCatalogVersions, Result<CatalogComparison>>
{
    public async Task<Result<CatalogComparison>> Handle(CompareCatalogVersions request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<CatalogComparison>.Forbidden();
        }

        var from = await CatalogReads.ByNumber(db, request.From, cancellationToken);
        var to = await CatalogReads.ByNumber(db, request.To, cancellationToken);
        if (from is null || to is null)
        {
            return Result<CatalogComparison>.NotFound();
        }

        var current = await CatalogReads.CurrentNumber(db, SwedishCulture.Today(clock), cancellationToken);
        return new CatalogComparison(CatalogReads.Summary(from, current), CatalogReads.Summary(to, current), CatalogDiff.Between(from, to));
    }
}
