using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Throws away a draft version (administrators). Decided versions are kept forever.</summary>
public sealed record DiscardCatalogDraft(int VersionNumber) : IRequest<Result<Unit>>;

internal sealed class DiscardCatalogDraftHandler(ServicenavDb db) : IHandler<DiscardCatalogDraft, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(DiscardCatalogDraft request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogEditAll))
        {
            return Result.Forbidden();
        }

        var version = await CatalogReads.ByNumber(db, request.VersionNumber, cancellationToken);
        if (version is null)
        {
            return Result.NotFound();
        }

        version.EnsureCanBeDiscarded();
        db.CatalogVersions.Remove(version);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
