using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Reports;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>Sets an agent's FTE (tjänstgöringsgrad, 0.1–1.0) for the closed-cases-per-FTE report.</summary>
public sealed record SetAgentFte(Guid UserId, decimal Fte) : IRequest<Result<Unit>>;

public sealed class SetAgentFteValidator : AbstractValidator<SetAgentFte>
{
    public SetAgentFteValidator() =>
        RuleFor(r => r.Fte).Must(f => !new FteMustBeBetweenTenthAndFullTimeRule(f).IsBroken()).WithMessage(CaseReportMessages.FteRange);
}

internal sealed class SetAgentFteHandler(ServicenavDb db) : IHandler<SetAgentFte, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(SetAgentFte request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ServiceDeskManage))
        {
            return Result.Forbidden();
        }

        if (!await db.Users.AnyAsync(u => u.Id == request.UserId && u.CustomerId == null, cancellationToken))
        {
            return Result.NotFound();
        }

        var profile = await db.AgentProfiles.FirstOrDefaultAsync(p => p.UserId == request.UserId, cancellationToken);
        if (profile is null)
        {
            db.AgentProfiles.Add(new AgentProfile(request.UserId, request.Fte));
        }
        else
        {
            profile.SetFte(request.Fte);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}

/// <summary>The members of the active resolver groups with their FTE (1.0 when none is set), for the manager's FTE form.</summary>
public sealed record ListAgentFtes : IRequest<Result<IReadOnlyList<AgentFte>>>;

internal sealed class ListAgentFtesHandler(ServicenavDb db) : IHandler<ListAgentFtes, Result<IReadOnlyList<AgentFte>>>
{
    public async Task<Result<IReadOnlyList<AgentFte>>> Handle(ListAgentFtes request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<IReadOnlyList<AgentFte>>.Forbidden();
        }

        var members = await db.ResolverGroupMembers.AsNoTracking().Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        var rows = await (from u in db.Users.AsNoTracking()
                          where members.Contains(u.Id)
                          join p in db.AgentProfiles.AsNoTracking() on u.Id equals p.UserId into profiles
                          from p in profiles.DefaultIfEmpty()
                          select new { u.Id, u.DisplayName, Fte = p == null ? (decimal?)null : p.Fte })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AgentFte(r.Id, r.DisplayName, r.Fte ?? AgentProfile.FullTime))
            .OrderBy(a => a.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
    }
}
