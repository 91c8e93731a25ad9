using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The requester (or an agent) says a solved case is not solved, within the reopen window.</summary>
public sealed record ReopenCase(Guid CaseId, string Reason) : IRequest<Result<CaseDetails>>;

internal sealed class ReopenCaseHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<ReopenCase, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(ReopenCase request, CancellationToken cancellationToken)
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

            c.Reopen(request.Reason, who, clock.GetUtcNow().UtcDateTime,
                CaseLimits.DefaultReopenWindowDays);
            return Task.FromResult(true);
        }, cancellationToken);
    }
}
