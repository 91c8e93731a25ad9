using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Auth;

/// <summary>
/// Sign-in: cookies for the web UI, bearer tokens for API clients (POST /api/auth/token), and OpenID
/// Connect to a region's identity provider when configured. Every endpoint requires a signed-in user
/// unless it says otherwise; each permission is a policy.
/// </summary>
public static class AuthSetup
{
    public const string SmartScheme = "Servicenav";
    public const string OidcSection = "Authentication:OpenIdConnect";

    public static IServiceCollection AddServicenavAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/logga-in";
                o.LogoutPath = "/logga-ut";
                o.AccessDeniedPath = "/atkomst-nekad";
                o.Cookie.Name = "servicenav";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionRevalidation.ValidateCookie;
                o.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(1));

        var oidc = configuration.GetSection(OidcSection);
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            auth.AddOpenIdConnect(o =>
            {
                oidc.Bind(o);
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.ResponseType = "code";
                o.SaveTokens = false;
                o.Scope.Add("email");
                o.Events.OnTokenValidated = MapToServicenavUser;
            });
        }

        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var permission in Enum.GetValues<Permission>())
            {
                o.AddPolicy(permission.ToString(), p => p.RequireAssertion(c => c.User.ToUserContext().Has(permission)));
            }
        });
        services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, BearerRevalidation>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        return services;
    }

    public static bool OpenIdConnectEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[OidcSection + ":Authority"]);

    /// <summary>API callers get a status code, never an HTML login page.</summary>
    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The identity provider says who the person is; Servicenav decides what they may do.</summary>
    private static async Task MapToServicenavUser(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst("sub")?.Value ?? principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var email = principal.FindFirst("email")?.Value ?? principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value;
        var sender = context.HttpContext.RequestServices.GetRequiredService<Sender>();
        var user = subject is null ? null : await sender.Send(new ResolveExternalUser(subject, email), UserContext.System("oidc"));
        if (user is null)
        {
            context.Fail("Ingen användare i Servicenav för detta konto.");
            return;
        }

        context.Principal = UserClaims.ToPrincipal(user.Context, user.DisplayName, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
