using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Auth;

/// <summary>
/// Keeps sign-ins honest: the cookie and a running Blazor circuit are checked against the user register
/// every few minutes, so a deactivated user or a changed role takes effect quickly.
/// </summary>
public static class SessionRevalidation
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private const string CheckedAt = "servicenav:checked";

    /// <summary>Cookie event: re-reads the user when the last check is older than <see cref="Interval"/>.</summary>
    public static async Task ValidateCookie(CookieValidatePrincipalContext context)
    {
        var checkedAt = context.Properties.Items.TryGetValue(CheckedAt, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : DateTimeOffset.MinValue;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (clock.GetUtcNow() - checkedAt < Interval || context.Principal is null)
        {
            return;
        }

        var current = await Current(context.HttpContext.RequestServices, context.Principal);
        if (current is null)
        {
            context.RejectPrincipal();
            return;
        }

        context.ReplacePrincipal(UserClaims.ToPrincipal(current.Context, current.DisplayName, CookieAuthenticationDefaults.AuthenticationScheme));
        context.Properties.Items[CheckedAt] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }

    public static async Task<AuthenticatedUser?> Current(IServiceProvider services, ClaimsPrincipal principal)
    {
        var user = principal.ToUserContext();
        return user.UserId is { } id
            ? await services.GetRequiredService<Sender>().Send(new RevalidateUser(id), UserContext.System("session"))
            : null;
    }
}

/// <summary>The same check for a long-lived Blazor circuit: a deactivated user's open pages stop working.</summary>
public sealed class RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => SessionRevalidation.Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var current = await SessionRevalidation.Current(scope.ServiceProvider, authenticationState.User);
        var before = authenticationState.User.ToUserContext();
        return current is not null
            && current.Context.CustomerId == before.CustomerId
            && current.Context.Roles.SetEquals(before.Roles);
    }
}
