using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Where a new case goes: the service's route, else the first-line group (the one way in answers everything).</summary>
internal static class CaseRouting
{
    public static async Task<ResolverGroup> GroupForAsync(ServicenavDb db, string? serviceCode, CancellationToken cancellationToken)
    {
        if (serviceCode is not null)
        {
            var routed = await (from r in db.CaseServiceRoutes
                                join g in db.ResolverGroups on r.GroupId equals g.Id
                                where r.ServiceCode == serviceCode && g.IsActive
                                select g).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            if (routed is not null)
            {
                return routed;
            }
        }

        return await FirstLineAsync(db, cancellationToken)
            ?? throw new ValidationFailedException("groupId", ServiceDeskMessages.NoFirstLineGroup);
    }

    public static Task<ResolverGroup?> FirstLineAsync(ServicenavDb db, CancellationToken cancellationToken) =>
        db.ResolverGroups.AsNoTracking().Where(g => g.IsFirstLine && g.IsActive).OrderBy(g => g.Code).FirstOrDefaultAsync(cancellationToken);
}
