using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

public sealed record ServiceOwnerDto(Guid Id, string DisplayName);

/// <summary>Users who can own services (Tjänsteägare), for choosing a service's owner.</summary>
public sealed record ListServiceOwners : IRequest<Result<IReadOnlyList<ServiceOwnerDto>>>;

internal sealed class ListServiceOwnersHandler(ServicenavDb db) : IHandler<ListServiceOwners, Result<IReadOnlyList<ServiceOwnerDto>>>
{
    public async Task<Result<IReadOnlyList<ServiceOwnerDto>>> Handle(ListServiceOwners request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CatalogRead))
        {
            return Result<IReadOnlyList<ServiceOwnerDto>>.Forbidden();
        }

        var role = Role.Tjansteagare.ToString();
        var owners = await db.Users
            .Where(u => u.IsActive && u.RoleList.Contains(role))
            .OrderBy(u => u.DisplayName)
            .Select(u => new ServiceOwnerDto(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        return owners;
    }
}
