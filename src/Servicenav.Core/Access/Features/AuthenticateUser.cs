using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Access.Features;

/// <summary>
/// Checks a user name and password (cookie login and API tokens use the same check). Returns the
/// user's context, or null — without saying whether the name or the password was wrong.
/// </summary>
public sealed record AuthenticateUser(string UserName, string Password) : IRequest<AuthenticatedUser?>;

public sealed record AuthenticatedUser(UserContext Context, string DisplayName);

internal sealed class AuthenticateUserHandler(ServicenavDb db) : IHandler<AuthenticateUser, AuthenticatedUser?>
{
    public async Task<AuthenticatedUser?> Handle(AuthenticateUser request, CancellationToken cancellationToken)
    {
        var name = Domain.User.Normalize(request.UserName ?? "");
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (user is null || !user.IsActive || !PasswordHashing.Verify(user, request.Password ?? ""))
        {
            return null;
        }

        return new AuthenticatedUser(user.ToContext(), user.DisplayName);
    }
}
