using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Problems;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>Links a case to a problem: the case and the problem each record it in their own history, saved together.</summary>
internal sealed class ProblemLinker(ServicenavDb db, CaseStore store)
{
    /// <summary>False when the case was already linked to this problem.</summary>
    public async Task<bool> LinkAsync(Problem problem, Case @case, CaseActor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var current = @case.ProblemId is { } id && id != problem.Id
            ? await db.Problems.AsNoTracking().Where(p => p.Id == id).Select(p => p.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (!@case.LinkToProblem(problem.Id, problem.Number, current, actor, nowUtc))
        {
            return false;
        }

        problem.RecordCaseLinked(@case.Number, actor, nowUtc);
        ProblemStore.Track(db, problem);
        await store.SaveAsync(@case, isNew: false, cancellationToken);
        problem.MarkEventsSaved();
        return true;
    }
}
