using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>
/// An agent links a case they may see to a problem: both histories record it, and the case page shows the problem
/// (and its workaround once it is a known error). A case outside the agent's view is not found; a case already
/// linked to another problem is refused with that problem's number.
/// </summary>
public sealed record LinkCaseToProblem(Guid CaseId, string ProblemKey) : IRequest<Result<CaseProblemView>>;

internal sealed class LinkCaseToProblemHandler(ServicenavDb db, CaseStore store, ProblemLinker linker, TimeProvider clock)
    : IHandler<LinkCaseToProblem, Result<CaseProblemView>>
{
    public async Task<Result<CaseProblemView>> Handle(LinkCaseToProblem request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsRead) || !db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<CaseProblemView>.Forbidden();
        }

        var (@case, viewer) = await store.LoadAsync(request.CaseId, cancellationToken);
        if (@case is null)
        {
            return Result<CaseProblemView>.NotFound();
        }

        if (!viewer.IsStaff)
        {
            return Result<CaseProblemView>.Forbidden();
        }

        var problem = await ProblemReads.FindAsync(db, request.ProblemKey, track: true, cancellationToken);
        if (problem is null)
        {
            return Result<CaseProblemView>.NotFound();
        }

        await linker.LinkAsync(problem, @case, await CaseActors.CurrentAsync(db, cancellationToken), clock.GetUtcNow().UtcDateTime, cancellationToken);
        return await CaseProblemReads.ViewAsync(db, @case.Id, @case.ProblemId, viewer, cancellationToken);
    }
}

internal static class CaseProblemReads
{
    public static async Task<CaseProblemView> ViewAsync(ServicenavDb db, Guid caseId, Guid? problemId, CaseViewer viewer, CancellationToken cancellationToken)
    {
        var linked = problemId is null
            ? null
            : await db.Problems.AsNoTracking().Where(p => p.Id == problemId)
                .Select(p => new CaseProblemLink(p.Id, p.Number, p.Title, p.Status, p.Workaround)).FirstOrDefaultAsync(cancellationToken);
        var canLink = linked is null && viewer.IsStaff && db.User.Has(Permission.CasesWork);
        var open = canLink
            ? await db.Problems.AsNoTracking().Where(p => ProblemStatusFlow.OpenStatuses.Contains(p.Status))
                .OrderByDescending(p => p.CreatedAtUtc).Select(p => new ProblemChoice(p.Id, p.Number, p.Title)).ToListAsync(cancellationToken)
            : [];
        return new CaseProblemView(linked, canLink, open);
    }
}
