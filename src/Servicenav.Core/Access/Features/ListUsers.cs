using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

/// <summary>All users with their roles and customer (administrators).</summary>
public sealed record ListUsers : IRequest<Result<IReadOnlyList<UserDto>>>;

internal sealed class ListUsersHandler(ServicenavDb db) : IHandler<ListUsers, Result<IReadOnlyList<UserDto>>>
{
    public async Task<Result<IReadOnlyList<UserDto>>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.UsersManage))
        {
            return Result<IReadOnlyList<UserDto>>.Forbidden();
        }

        var users = await db.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var names = await db.Customers.ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return users.Select(u => UserReads.Dto(u, u.CustomerId is { } id ? names.GetValueOrDefault(id) : null)).ToList();
    }
}
