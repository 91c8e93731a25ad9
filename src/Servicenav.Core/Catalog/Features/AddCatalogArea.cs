using FluentValidation;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Catalog.Features;

/// <summary>Adds a service area to a draft version (administrators).</summary>
public sealed class AddCatalogArea : IRequest<Result<Unit>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int VersionNumber { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class AddCatalogAreaValidator : AbstractValidator<AddCatalogArea>
{
    public AddCatalogAreaValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(Messages.Required)
            .Matches("^[a-z0-9][a-z0-9_-]{1,59}$").WithMessage(Messages.ServiceCodeFormat);
        RuleFor(x => x.Name).NotEmpty().WithMessage(Messages.Required).MaximumLength(200).WithMessage(Messages.TooLong200);
    }
}

internal sealed class AddCatalogAreaHandler(ServicenavDb db) : IHandler<AddCatalogArea, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(AddCatalogArea request, CancellationToken cancellationToken)
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

        version.AddArea(request.Code, request.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
