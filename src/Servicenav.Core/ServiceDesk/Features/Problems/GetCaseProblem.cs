using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>
/// The problem a case is linked to, for the case page, and the open problems an agent could link it to. Staff only:
/// the requester's side (a Medarbetare, the customer's Beställare) never sees problem records.
/// </summary>
public sealed record GetCaseProblem(Guid CaseId) : IRequest<Result<CaseProblemView>>;

internal sealed class GetCaseProblemHandler(ServicenavDb db) : IHandler<GetCaseProblem, Result<CaseProblemView>>
{
    public async Task<Result<CaseProblemView>> Handle(GetCaseProblem request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsRead) || db.User.IsCustomerScoped)
        {
            return Result<CaseProblemView>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var found = await viewer.Apply(db.Cases.AsNoTracking()).Where(c => c.Id == request.CaseId)
            .Select(c => new { c.Id, c.ProblemId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Result<CaseProblemView>.NotFound();
        }

        return viewer.IsStaff
            ? await CaseProblemReads.ViewAsync(db, found.Id, found.ProblemId, viewer, cancellationToken)
            : Result<CaseProblemView>.Forbidden();
    }
}
