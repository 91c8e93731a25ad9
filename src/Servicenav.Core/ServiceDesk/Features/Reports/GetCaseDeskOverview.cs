using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// An agent's day at a glance (Översikt): cases created and solved today among those they may see, their groups'
/// open queue, open cases assigned to them, and SLA breaches recorded today. For staff who work cases.
/// </summary>
public sealed record GetCaseDeskOverview : IRequest<Result<CaseDeskOverview>>;

internal sealed class GetCaseDeskOverviewHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetCaseDeskOverview, Result<CaseDeskOverview>>
{
    public async Task<Result<CaseDeskOverview>> Handle(GetCaseDeskOverview request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CaseReportsRead) || !db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<CaseDeskOverview>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var cases = viewer.Apply(db.Cases.AsNoTracking());
        var today = SwedishCulture.Today(clock);
        var (start, end) = (ReportTime.StartUtc(today), ReportTime.StartUtc(today.AddDays(1)));
        var groups = viewer.GroupIds;
        var me = db.User.UserId;
        var open = cases.Where(CaseStatusFlow.Open);
        var breaches = await (from e in db.CaseEvents.AsNoTracking()
                              join c in cases on e.CaseId equals c.Id
                              where e.Kind == CaseEventKind.SlaBreached && e.AtUtc >= start && e.AtUtc < end
                              select e.Id).CountAsync(cancellationToken);
        return new CaseDeskOverview(
            today,
            await cases.CountAsync(c => c.CreatedAtUtc >= start && c.CreatedAtUtc < end, cancellationToken),
            await cases.CountAsync(c => c.SolvedAtUtc >= start && c.SolvedAtUtc < end, cancellationToken),
            await open.CountAsync(c => groups.Contains(c.GroupId), cancellationToken),
            await open.CountAsync(c => c.AssigneeUserId == me, cancellationToken),
            breaches);
    }
}
