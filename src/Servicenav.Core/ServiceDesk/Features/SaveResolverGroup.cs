using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Creates or changes a resolver group: name, first line or not, its OLA targets and its members.</summary>
public sealed record SaveResolverGroup : IRequest<Result<Guid>>
{
    public Guid? Id { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public bool IsFirstLine { get; init; }

    public decimal? OlaResponseHours { get; init; }

    public decimal? OlaResolutionHours { get; init; }

    public IReadOnlyList<Guid> MemberUserIds { get; init; } = [];
}

public sealed class SaveResolverGroupValidator : AbstractValidator<SaveResolverGroup>
{
    public SaveResolverGroupValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9_-]+$");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.OlaResponseHours).GreaterThan(0).When(r => r.OlaResponseHours is not null);
        RuleFor(r => r.OlaResolutionHours).GreaterThan(0).When(r => r.OlaResolutionHours is not null);
    }
}

internal sealed class SaveResolverGroupHandler(ServicenavDb db) : IHandler<SaveResolverGroup, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveResolverGroup request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ServiceDeskManage))
        {
            return Result<Guid>.Forbidden();
        }

        var group = request.Id is { } id
            ? await db.ResolverGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == id, cancellationToken)
            : null;
        if (request.Id is not null && group is null)
        {
            return Result<Guid>.NotFound();
        }

        if (group is null)
        {
            var code = request.Code.Trim().ToLowerInvariant();
            if (await db.ResolverGroups.AnyAsync(g => g.Code == code, cancellationToken))
            {
                throw new ValidationFailedException("code", string.Format(SwedishCulture.Culture, ServiceDeskMessages.GroupCodeTaken, code));
            }

            group = new ResolverGroup(code, request.Name, request.IsFirstLine, request.OlaResponseHours, request.OlaResolutionHours);
            db.ResolverGroups.Add(group);
        }
        else
        {
            group.Update(request.Name, request.IsFirstLine, request.OlaResponseHours, request.OlaResolutionHours);
        }

        var members = request.MemberUserIds.Distinct().ToList();
        var known = await db.Users.Where(u => members.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        if (known.Count != members.Count)
        {
            throw new ValidationFailedException("memberUserIds", ServiceDeskMessages.UnknownAssignee);
        }

        group.SetMembers(members);
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }
}
