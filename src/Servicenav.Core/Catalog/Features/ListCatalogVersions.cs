using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>The history of catalogue versions, newest first.</summary>
public sealed record ListCatalogVersions : IRequest<Result<IReadOnlyList<CatalogVersionSummary>>>;

internal sealed class ListCatalogVersionsHandler(ServicenavDb db, TimeProvider clock)
    : IHandler<ListCatalogVersions, Result<IReadOnlyList<CatalogVersionSummary>>>
{
    public async Task<Result<IReadOnlyList<CatalogVersionSummary>>> Handle(ListCatalogVersions request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<IReadOnlyList<CatalogVersionSummary>>.Forbidden();
        }

        var current = await CatalogReads.CurrentNumber(db, SwedishCulture.Today(clock), cancellationToken);
        var rows = await db.CatalogVersions
            .OrderByDescending(v => v.Number)
            .Select(v => new CatalogVersionSummary(
                v.Number,
                v.Status,
                v.Decision!.Diarienummer,
                v.Decision!.DecisionDate,
                v.Decision!.DecidedBy,
                v.Decision!.EffectiveFrom,
                v.Number == current,
                v.Services.Count,
                v.CreatedBy,
                v.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return rows;
    }
}
