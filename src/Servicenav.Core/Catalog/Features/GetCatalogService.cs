using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>One service as the current catalogue (or a named version) describes it, with the decision behind it.</summary>
public sealed record GetCatalogService(string Code, int? VersionNumber = null) : IRequest<Result<ServiceDetailsDto>>;

internal sealed class GetCatalogServiceHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetCatalogService, Result<ServiceDetailsDto>>
{
    public async Task<Result<ServiceDetailsDto>> Handle(GetCatalogService request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<ServiceDetailsDto>.Forbidden();
        }

        var version = await CatalogReads.ByNumberOrCurrent(db, request.VersionNumber, SwedishCulture.Today(clock), cancellationToken);
        var service = version?.FindService(request.Code);
        return version is null || service is null
            ? Result<ServiceDetailsDto>.NotFound()
            : CatalogReads.Details(version, service);
    }
}
