using Servicenav.SharedKernel;
using Servicenav.Web.Auth;

namespace Servicenav.Web.Api;

/// <summary>Turns use-case results into HTTP results, and runs use cases as the calling user.</summary>
public static class ApiResults
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult>? ok = null) => result.Status switch
    {
        ResultStatus.Ok => ok?.Invoke(result.Value!) ?? (result.Value is Unit ? Results.NoContent() : Results.Ok(result.Value)),
        ResultStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: UiText.Problem_NotFound),
        _ => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: UiText.Problem_Forbidden),
    };

    public static Task<TResponse> Run<TResponse>(this HttpContext http, IRequest<TResponse> request) =>
        http.RequestServices.GetRequiredService<Sender>().Send(request, http.User.ToUserContext(), http.RequestAborted);

    public static async Task<IResult> RunHttp<T>(this HttpContext http, IRequest<Result<T>> request, Func<T, IResult>? ok = null) =>
        (await http.Run(request)).ToHttp(ok);

    public static IResult File(ExportFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}
