using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>The resolver groups with their members, for assigning and for the queue filter.</summary>
public sealed record ListResolverGroups : IRequest<Result<IReadOnlyList<ResolverGroupDto>>>;

internal sealed class ListResolverGroupsHandler(ServicenavDb db) : IHandler<ListResolverGroups, Result<IReadOnlyList<ResolverGroupDto>>>
{
    public async Task<Result<IReadOnlyList<ResolverGroupDto>>> Handle(ListResolverGroups request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<ResolverGroupDto>>.Forbidden();
        }

        var groups = await db.ResolverGroups.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var members = await (from m in db.ResolverGroupMembers
                             join u in db.Users on m.UserId equals u.Id
                             where u.IsActive
                             select new { m.GroupId, m.UserId, u.DisplayName }).ToListAsync(cancellationToken);
        return groups.Select(g => new ResolverGroupDto(g.Id, g.Code, g.Name, g.IsFirstLine, g.OlaResponseHours, g.OlaResolutionHours,
            members.Where(m => m.GroupId == g.Id).OrderBy(m => m.DisplayName, StringComparer.Create(SwedishCulture.Culture, true))
                .Select(m => new GroupMemberDto(m.UserId, m.DisplayName)).ToList())).ToList();
    }
}

/// <summary>The root causes (felorsaker) an agent chooses from when solving.</summary>
public sealed record ListRootCauses : IRequest<Result<IReadOnlyList<RootCauseDto>>>;

internal sealed class ListRootCausesHandler(ServicenavDb db) : IHandler<ListRootCauses, Result<IReadOnlyList<RootCauseDto>>>
{
    public async Task<Result<IReadOnlyList<RootCauseDto>>> Handle(ListRootCauses request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<RootCauseDto>>.Forbidden();
        }

        var causes = await db.RootCauses.AsNoTracking().Where(r => r.IsActive)
            .Select(r => new RootCauseDto(r.Id, r.Code, r.Name)).ToListAsync(cancellationToken);
        return causes.OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
    }
}
