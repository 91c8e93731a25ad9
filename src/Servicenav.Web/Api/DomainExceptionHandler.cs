using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Api;

/// <summary>
/// The one place where domain exceptions become HTTP answers: invalid input → 400 with field errors,
/// a broken business rule → 409, a refused import → 400 listing every bad row.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ValidationFailedException e => new ValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = UiText.Problem_Validation,
            },
            BusinessRuleException e => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = UiText.Problem_Rule,
                Detail = e.Message,
                Extensions = { ["rule"] = e.RuleName },
            },
            ImportRejectedException e => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = UiText.Problem_Import,
                Extensions = { ["rows"] = e.Errors },
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
