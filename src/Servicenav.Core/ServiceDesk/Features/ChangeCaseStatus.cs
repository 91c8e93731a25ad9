using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>An agent moves a case along its flow (in progress, waiting for requester or supplier). A step the flow does not allow is refused with the reason.</summary>
public sealed record ChangeCaseStatus(Guid CaseId, CaseStatus Status) : IRequest<Result<CaseDetails>>;

internal sealed class ChangeCaseStatusHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<ChangeCaseStatus, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(ChangeCaseStatus request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<CaseDetails>.Forbidden();
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        return await store.ChangeAsync(request.CaseId, (c, viewer) =>
        {
            if (!viewer.MayWork(c))
            {
                return Task.FromResult(false);
            }

            c.ChangeStatus(request.Status, actor, clock.GetUtcNow().UtcDateTime);
            return Task.FromResult(true);
        }, cancellationToken);
    }
}
