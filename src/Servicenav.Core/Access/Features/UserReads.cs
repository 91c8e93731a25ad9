using Microsoft.EntityFrameworkCore;
using Servicenav.Access.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

internal static class UserReads
{
    public static async Task<UserDto> Dto(ServicenavDb db, User user, CancellationToken ct)
    {
        var customerName = user.CustomerId is null
            ? null
            : await db.Customers.Where(c => c.Id == user.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        return Dto(user, customerName);
    }

    public static UserDto Dto(User u, string? customerName) =>
        new(u.Id, u.UserName, u.DisplayName, u.Email, u.Roles, u.CustomerId, customerName, u.IsActive, u.PasswordHash is not null, u.CreatedAtUtc);

    public static async Task EnsureCustomerExists(ServicenavDb db, Guid? customerId, CancellationToken ct)
    {
        if (customerId is not null && !await db.Customers.AnyAsync(c => c.Id == customerId, ct))
        {
            throw new ValidationFailedException("customerId", Messages.CustomerNotFound);
        }
    }
}
