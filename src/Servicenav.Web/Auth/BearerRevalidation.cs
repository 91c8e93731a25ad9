using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Servicenav.Web.Auth;

/// <summary>
/// API clients hold a token for up to an hour: each request re-reads the user (one lookup by key), so a
/// deactivated user or a removed role stops working at once. Cookies use the 5-minute check instead.
/// </summary>
public sealed class BearerRevalidation(IServiceProvider services) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, AuthenticationType: BearerTokenDefaults.AuthenticationScheme })
        {
            return principal;
        }

        var current = await SessionRevalidation.Current(services, principal);
        return current is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : UserClaims.ToPrincipal(current.Context, current.DisplayName, BearerTokenDefaults.AuthenticationScheme);
    }
}
