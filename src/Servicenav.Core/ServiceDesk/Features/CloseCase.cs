using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The requester confirms that a solved case is solved (or an agent closes it): the case is closed for good.</summary>
public sealed record CloseCase(Guid CaseId) : IRequest<Result<CaseDetails>>;

internal sealed class CloseCaseHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<CloseCase, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(CloseCase request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CaseDetails>.Forbidden();
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        return await store.ChangeAsync(request.CaseId, (c, viewer) =>
        {
            if (viewer.AsWorkerOrRequester(c, actor) is not { } who)
            {
                return Task.FromResult(false);
            }

            c.Close(who, clock.GetUtcNow().UtcDateTime);
            return Task.FromResult(true);
        }, cancellationToken);
    }
}
