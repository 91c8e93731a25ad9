using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>An agent sets what the case concerns (service) and how urgent it is (impact × urgency → priority).</summary>
public sealed record ClassifyCase(Guid CaseId, string? ServiceCode, Impact Impact, Urgency Urgency) : IRequest<Result<CaseDetails>>;

internal sealed class ClassifyCaseHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<ClassifyCase, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(ClassifyCase request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<CaseDetails>.Forbidden();
        }

        var service = await ServiceFacts.FindAsync(db, request.ServiceCode, cancellationToken);
        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await store.ChangeAsync(request.CaseId, async (c, viewer) =>
        {
            if (!viewer.MayWork(c))
            {
                return false;
            }

            var notUsed = service is not null && await db.ServiceUsages.AsNoTracking()
                .AnyAsync(u => u.CustomerId == c.CustomerId && u.ServiceCode == service.Code && u.Status == UsageStatus.DoesNotUse, cancellationToken);
            c.ChangeService(service?.Code, notUsed, actor, now);
            c.Reprioritise(request.Impact, request.Urgency, actor, now);
            return true;
        }, cancellationToken);
    }
}
