using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Data;

namespace Servicenav.Web.Auth;

/// <summary>
/// API clients hold a token for up to an hour: each request checks the user against the register, so a deactivated
/// user or a removed role stops working at once. The answer is kept in the process's <see cref="ReferenceCache"/>
/// (users are reference data there: any save of a user in this process empties it, and another process's change is
/// seen within <see cref="ReferenceCache.MaxAge"/>), so a busy API client does not cost a query and a scope per request.
/// Cookies use the 5-minute check instead.
/// </summary>
public sealed class BearerRevalidation(IServiceProvider services, ReferenceCache cache) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, AuthenticationType: BearerTokenDefaults.AuthenticationScheme })
        {
            return principal;
        }

        if (principal.ToUserContext().UserId is not { } id)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var current = await cache.GetAsync("access:bearer-user:" + id.ToString("N"),
            async _ => new CheckedUser(await SessionRevalidation.Current(services, principal)), CancellationToken.None);
        return current.User is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : UserClaims.ToPrincipal(current.User.Context, current.User.DisplayName, BearerTokenDefaults.AuthenticationScheme);
    }

    /// <summary>The register's answer, also when it is "no such active user" (the cache holds no nulls).</summary>
    private sealed record CheckedUser(AuthenticatedUser? User);
}
