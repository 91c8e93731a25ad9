using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Web.Auth;

namespace Servicenav.Web.Api;

public sealed record TokenRequest([property: Required] string UserName, [property: Required] string Password);

public sealed record MeResponse(Guid? Id, string UserName, string DisplayName, IReadOnlyCollection<Role> Roles, Guid? CustomerId, IReadOnlyCollection<Permission> Permissions);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Inloggning");

        // Same users and check as the web login; the token is ASP.NET Core's bearer token.
        group.MapPost("/token", async (TokenRequest body, HttpContext http) =>
        {
            var user = await http.Run(new AuthenticateUser(body.UserName, body.Password));
            return user is null
                ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: UiText.Login_Failed)
                : Results.SignIn(UserClaims.ToPrincipal(user.Context, user.DisplayName, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        })
        .AllowAnonymous()
        .WithSummary("Byt användarnamn och lösenord mot en bearer-token.");

        app.MapGet("/api/me", (HttpContext http) =>
        {
            var user = http.User.ToUserContext();
            return Results.Ok(new MeResponse(user.UserId, user.UserName, http.User.DisplayNameOf(), user.Roles.ToList(), user.CustomerId,
                Enum.GetValues<Permission>().Where(user.Has).ToList()));
        }).WithTags("Inloggning").WithSummary("Den inloggade användaren, dess roller och behörigheter.");
    }
}
