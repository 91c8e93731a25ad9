using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

/// <summary>
/// The user's current context, or null when the user no longer exists or is deactivated. Signed-in
/// sessions call this every few minutes so a removed role or a deactivation takes effect without waiting
/// for the cookie to expire.
/// </summary>
public sealed record RevalidateUser(Guid UserId) : IRequest<AuthenticatedUser?>;

internal sealed class RevalidateUserHandler(ServicenavDb db) : IHandler<RevalidateUser, AuthenticatedUser?>
{
    public async Task<AuthenticatedUser?> Handle(RevalidateUser request, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UserId, cancellationToken);
        return user is { IsActive: true } ? new AuthenticatedUser(user.ToContext(), user.DisplayName) : null;
    }
}
