using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Servicenav.Access;
using Servicenav.SharedKernel;
using Servicenav.Web.Auth;

namespace Servicenav.Web.Components.Shared;

/// <summary>
/// Base of every page that runs use cases: sends requests as the signed-in user through the same
/// <see cref="Sender"/> the API uses, each in its own short-lived scope.
/// </summary>
public abstract class AppComponentBase : ComponentBase
{
    private UserContext? _user;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private Sender Sender { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected async Task<UserContext> GetUserAsync()
    {
        if (_user is null)
        {
            var state = AuthenticationState is null ? null : await AuthenticationState;
            _user = state?.User.ToUserContext() ?? UserContext.Anonymous;
        }

        return _user;
    }

    protected async Task<TResponse> Send<TResponse>(IRequest<TResponse> request) =>
        await Sender.Send(request, await GetUserAsync());

    /// <summary>
    /// Unwraps a result for display. Not found (including another customer's data) renders the 404 page
    /// with status 404; forbidden shows access denied.
    /// </summary>
    protected T? Unwrap<T>(Result<T> result)
    {
        switch (result.Status)
        {
            case ResultStatus.Ok:
                return result.Value;
            case ResultStatus.NotFound:
                Navigation.NotFound();
                return default;
            default:
                Navigation.NavigateTo("/atkomst-nekad");
                return default;
        }
    }
}
