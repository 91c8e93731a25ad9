using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Reports;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// Closed cases per full-time employee (Örebro's measure): solvings in the period per agent (who solved, by the
/// history's Solved events) and per group (the group that held the case when it was solved), the FTE
/// (tjänstgöringsgrad, <see cref="AgentProfile"/>; a group's is its members' sum), solvings per FTE and month, and
/// the same period a year earlier with the change in percent. Counted in SQL on CaseEvents (index Kind + AtUtc)
/// joined to the cases the reader may see.
/// </summary>
public sealed record GetAgentProductivity(CaseReportFilter Filter) : IRequest<Result<AgentProductivityReport>>;

public sealed class GetAgentProductivityValidator : AbstractValidator<GetAgentProductivity>
{
    public GetAgentProductivityValidator() => RuleFor(r => r.Filter).NotNull().SetValidator(new CaseReportFilterValidator());
}

internal sealed class GetAgentProductivityHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetAgentProductivity, Result<AgentProductivityReport>>
{
    public async Task<Result<AgentProductivityReport>> Handle(GetAgentProductivity request, CancellationToken cancellationToken)
    {
        if (await CaseReportScope.ForAsync(db, request.Filter, clock, cancellationToken) is not { } scope)
        {
            return Result<AgentProductivityReport>.Forbidden();
        }

        var now = await SolvingsAsync(scope, scope.FromUtc, scope.ToUtc, cancellationToken);
        var before = await SolvingsAsync(scope, ReportTime.StartUtc(scope.From.AddYears(-1)), ReportTime.StartUtc(scope.To.AddYears(-1).AddDays(1)), cancellationToken);
        var ftes = await db.AgentProfiles.AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.Fte, cancellationToken);
        decimal Fte(Guid user) => ftes.GetValueOrDefault(user, AgentProfile.FullTime);

        var groupIds = now.Concat(before).Select(s => s.GroupId).Distinct().ToList();
        var groups = await db.ResolverGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .Select(g => new { g.Id, g.Name, Members = g.Members.Select(m => m.UserId).ToList() })
            .ToListAsync(cancellationToken);
        var groupRows = groups.Select(g => Row(g.Id, g.Name, g.Members.Sum(Fte),
                now.Where(s => s.GroupId == g.Id).Sum(s => s.Count), before.Where(s => s.GroupId == g.Id).Sum(s => s.Count), scope.Months))
            .OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();

        var agentRows = new List<ProductivityRow>();
        if (!db.User.IsCustomerScoped)
        {
            var agentIds = now.Concat(before).Select(s => s.UserId).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            agentRows = agentIds.Select(id => Row(id, names.GetValueOrDefault(id, "?"), Fte(id),
                    now.Where(s => s.UserId == id).Sum(s => s.Count), before.Where(s => s.UserId == id).Sum(s => s.Count), scope.Months))
                .OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
        }

        var total = Row(Guid.Empty, CaseReportMessages.Total, groupRows.Sum(g => g.Fte), now.Sum(s => s.Count), before.Sum(s => s.Count), scope.Months);
        return new AgentProductivityReport(scope.From, scope.To, Math.Round(scope.Months, 2, MidpointRounding.AwayFromZero), agentRows, groupRows, total);
    }

    private static ProductivityRow Row(Guid id, string name, decimal fte, int solved, int before, decimal months) => new(
        id, name, fte, solved,
        fte == 0 || months == 0 ? null : Math.Round(solved / fte / months, 1, MidpointRounding.AwayFromZero),
        before, ReportTime.Change(solved, before));

    /// <summary>Solvings by staff (the system solves nothing) per agent and group in [start, end).</summary>
    private async Task<List<Solvings>> SolvingsAsync(CaseReportScope scope, DateTime start, DateTime end, CancellationToken cancellationToken) =>
        await (from e in db.CaseEvents.AsNoTracking()
               join c in scope.Cases on e.CaseId equals c.Id
               where e.Kind == CaseEventKind.Solved && e.AtUtc >= start && e.AtUtc < end && e.ActorUserId != null && e.ActorIsStaff
               group e by new { e.ActorUserId, e.GroupId } into g
               select new Solvings(g.Key.ActorUserId!.Value, g.Key.GroupId, g.Count()))
            .ToListAsync(cancellationToken);

    private sealed record Solvings(Guid UserId, Guid GroupId, int Count);
}
