using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Takes a service out of a draft version: it will not be in the catalogue once the draft is decided.</summary>
public sealed record RemoveCatalogService(int VersionNumber, string Code) : IRequest<Result<Unit>>;

internal sealed class RemoveCatalogServiceHandler(ServicenavDb db) : IHandler<RemoveCatalogService, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveCatalogService request, CancellationToken cancellationToken)
    {
        if (!CatalogEditing.MayEditAnything(db.User))
        {
            return Result.Forbidden();
        }

        var version = await CatalogReads.ByNumber(db, request.VersionNumber, cancellationToken);
        var service = version?.FindService(request.Code);
        if (version is null || service is null)
        {
            return Result.NotFound();
        }

        if (!CatalogEditing.MayEdit(db.User, service, service.OwnerUserId))
        {
            return Result.Forbidden();
        }

        version.RemoveService(service.Code);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
