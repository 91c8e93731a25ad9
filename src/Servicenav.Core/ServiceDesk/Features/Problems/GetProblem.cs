using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>One problem record by id or number (<c>PR-2026-0001</c>), with the linked cases the reader may see, actions and history.</summary>
public sealed record GetProblem(string Key) : IRequest<Result<ProblemDetails>>;

internal sealed class GetProblemHandler(ServicenavDb db) : IHandler<GetProblem, Result<ProblemDetails>>
{
    public async Task<Result<ProblemDetails>> Handle(GetProblem request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsRead) || db.User.IsCustomerScoped)
        {
            return Result<ProblemDetails>.Forbidden();
        }

        var problem = await ProblemReads.FindAsync(db, request.Key, track: false, cancellationToken);
        return problem is null
            ? Result<ProblemDetails>.NotFound()
            : await ProblemReads.DetailsAsync(db, problem, db.User.Has(Permission.ProblemsManage), cancellationToken);
    }
}
