using FluentValidation;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Changes a service in a draft version. A decided version refuses (409), whoever asks.</summary>
public sealed class UpdateCatalogService : ServiceInput, IRequest<Result<ServiceDetailsDto>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int VersionNumber { get; set; }
}

public sealed class UpdateCatalogServiceValidator : AbstractValidator<UpdateCatalogService>
{
    public UpdateCatalogServiceValidator() => Include(new ServiceInputValidator());
}

internal sealed class UpdateCatalogServiceHandler(ServicenavDb db) : IHandler<UpdateCatalogService, Result<ServiceDetailsDto>>
{
    public async Task<Result<ServiceDetailsDto>> Handle(UpdateCatalogService request, CancellationToken cancellationToken)
    {
        if (!CatalogEditing.MayEditAnything(db.User))
        {
            return Result<ServiceDetailsDto>.Forbidden();
        }

        var version = await CatalogReads.ByNumber(db, request.VersionNumber, cancellationToken);
        var service = version?.FindService(request.Code);
        if (version is null || service is null)
        {
            return Result<ServiceDetailsDto>.NotFound();
        }

        if (!CatalogEditing.MayEdit(db.User, service, request.OwnerUserId))
        {
            return Result<ServiceDetailsDto>.Forbidden();
        }

        version.UpdateService(service.Code, request.ToContent());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogReads.Details(version, service);
    }
}
