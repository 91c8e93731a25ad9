using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>Runs one change on a problem for someone who may manage problems, and answers with the problem as it now is.</summary>
internal static class ProblemChange
{
    public static async Task<Result<ProblemDetails>> RunAsync(ServicenavDb db, Guid problemId, Action<Problem, Domain.CaseActor> change,
        CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsManage) || db.User.IsCustomerScoped)
        {
            return Result<ProblemDetails>.Forbidden();
        }

        var problem = await ProblemReads.FindAsync(db, problemId.ToString(), track: true, cancellationToken);
        if (problem is null)
        {
            return Result<ProblemDetails>.NotFound();
        }

        change(problem, await CaseActors.CurrentAsync(db, cancellationToken));
        await ProblemStore.SaveAsync(db, problem, cancellationToken);
        return await ProblemReads.DetailsAsync(db, problem, canManage: true, cancellationToken);
    }

    public static string Fmt(string format, int value) => string.Format(SwedishCulture.Culture, format, value);
}
