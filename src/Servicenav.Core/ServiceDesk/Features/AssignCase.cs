using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Hands a case to a resolver group and, optionally, one of its members. Moving it to another group starts that
/// group's internal targets (OLA); the overall SLA keeps running.
/// </summary>
public sealed record AssignCase(Guid CaseId, Guid GroupId, Guid? AssigneeUserId) : IRequest<Result<CaseDetails>>;

internal sealed class AssignCaseHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<AssignCase, Result<CaseDetails>>
{
    public async Task<Result<CaseDetails>> Handle(AssignCase request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<CaseDetails>.Forbidden();
        }

        var target = await db.ResolverGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == request.GroupId && g.IsActive, cancellationToken)
            ?? throw new ValidationFailedException("groupId", ServiceDeskMessages.UnknownGroup);
        string? assigneeName = null;
        if (request.AssigneeUserId is { } assignee)
        {
            assigneeName = await (from m in db.ResolverGroupMembers
                                  join u in db.Users on m.UserId equals u.Id
                                  where m.GroupId == target.Id && m.UserId == assignee && u.IsActive
                                  select u.DisplayName).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationFailedException("assigneeUserId", ServiceDeskMessages.UnknownAssignee);
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return await store.ChangeAsync(request.CaseId, async (c, viewer) =>
        {
            if (!viewer.MayWork(c))
            {
                return false;
            }

            if (c.GroupId != target.Id)
            {
                var from = await db.ResolverGroups.AsNoTracking().Where(g => g.Id == c.GroupId).Select(g => g.Name).FirstAsync(cancellationToken);
                c.MoveToGroup(target.Id, from, target.Name, actor, now);
            }

            c.Assign(request.AssigneeUserId, assigneeName, actor, now);
            return true;
        }, cancellationToken);
    }
}
