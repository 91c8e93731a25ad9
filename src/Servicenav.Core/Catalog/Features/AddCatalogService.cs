using FluentValidation;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Adds a new service to a draft version.</summary>
public sealed class AddCatalogService : ServiceInput, IRequest<Result<ServiceDetailsDto>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int VersionNumber { get; set; }
}

public sealed class AddCatalogServiceValidator : AbstractValidator<AddCatalogService>
{
    public AddCatalogServiceValidator() => Include(new ServiceInputValidator());
}

internal sealed class AddCatalogServiceHandler(ServicenavDb db) : IHandler<AddCatalogService, Result<ServiceDetailsDto>>
{
    public async Task<Result<ServiceDetailsDto>> Handle(AddCatalogService request, CancellationToken cancellationToken)
    {
        if (!CatalogEditing.MayEdit(db.User, existing: null, request.OwnerUserId))
        {
            return Result<ServiceDetailsDto>.Forbidden();
        }

        var version = await CatalogReads.ByNumber(db, request.VersionNumber, cancellationToken);
        if (version is null)
        {
            return Result<ServiceDetailsDto>.NotFound();
        }

        var service = version.AddService(request.Code.Trim(), request.ToContent());
        await db.SaveChangesAsync(cancellationToken);
        return CatalogReads.Details(version, service);
    }
}
