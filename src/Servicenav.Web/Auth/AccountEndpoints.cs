using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Servicenav.Access.Features;
using Servicenav.Web.Api;

namespace Servicenav.Web.Auth;

/// <summary>Cookie sign-in and sign-out for the web UI (the login page posts its form here).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/konto/logga-in", async (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string userName, [Microsoft.AspNetCore.Mvc.FromForm] string password, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var user = await http.Run(new AuthenticateUser(userName, password));
            if (user is null)
            {
                return Results.Redirect($"/logga-in?fel=1&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
            }

            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                UserClaims.ToPrincipal(user.Context, user.DisplayName, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/konto/logga-in-extern", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/konto/logga-ut", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/logga-in");
        }).ExcludeFromDescription();
    }

    /// <summary>Only local paths: an open redirect would let a phishing link borrow our login page.</summary>
    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
