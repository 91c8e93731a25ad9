using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// An agent solves a case with its solution and root cause (felorsak) from the maintained list. The first solving
/// sends the requester the end-user survey, saved in the same unit of work.
/// </summary>
public sealed record SolveCase(Guid CaseId, Guid? RootCauseId, string? Solution) : IRequest<Result<CaseDetails>>;

internal sealed class SolveCaseHandler(ServicenavDb db, CaseStore store, TimeProvider clock, ISurveyInvitations surveys) : IHandler<SolveCase, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(SolveCase request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<CaseDetails>.Forbidden();
        }

        if (request.RootCauseId is { } causeId && !await db.RootCauses.AnyAsync(r => r.Id == causeId && r.IsActive, cancellationToken))
        {
            throw new ValidationFailedException("rootCauseId", ServiceDeskMessages.UnknownRootCause);
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        return await store.ChangeAsync(request.CaseId, async (c, viewer) =>
        {
            if (!viewer.MayWork(c))
            {
                return false;
            }

            c.Solve(request.RootCauseId, request.Solution, actor, clock.GetUtcNow().UtcDateTime);
            await surveys.InviteAsync(c, cancellationToken);
            return true;
        }, cancellationToken);
    }
}
