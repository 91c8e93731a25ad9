using System.Globalization;
using System.Security.Claims;
using Servicenav.Access;

namespace Servicenav.Web.Auth;

/// <summary>The one mapping between a signed-in principal and the <see cref="UserContext"/> use cases run as.</summary>
public static class UserClaims
{
    public const string CustomerId = "servicenav:customer";
    public const string DisplayName = "servicenav:display_name";

    public static ClaimsPrincipal ToPrincipal(UserContext user, string displayName, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId?.ToString() ?? ""),
            new(ClaimTypes.Name, user.UserName),
            new(DisplayName, displayName),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        if (user.CustomerId is { } customer)
        {
            claims.Add(new Claim(CustomerId, customer.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static UserContext ToUserContext(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return UserContext.Anonymous;
        }

        var roles = principal.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>();
        return new UserContext(
            Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null,
            principal.Identity.Name ?? "",
            roles,
            Guid.TryParse(principal.FindFirstValue(CustomerId), CultureInfo.InvariantCulture, out var customer) ? customer : null);
    }

    public static string DisplayNameOf(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name ?? "";
}
