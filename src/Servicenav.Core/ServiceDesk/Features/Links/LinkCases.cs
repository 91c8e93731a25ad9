using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Links;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Links;

/// <summary>
/// Staff link two cases (the same fault reported twice, a follow-up). Both must be cases the agent may see and the
/// first one a case they work; anything else is not found. Not to itself, not twice; the link shows on both cases and
/// in both histories.
/// </summary>
public sealed record LinkCases(Guid CaseId, string OtherCase) : IRequest<Result<CaseLinkList>>;

public sealed class LinkCasesValidator : AbstractValidator<LinkCases>
{
    public LinkCasesValidator() => RuleFor(r => r.OtherCase).NotEmpty().WithMessage(AttachmentMessages.LinkKeyRequired);
}

internal sealed class LinkCasesHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<LinkCases, Result<CaseLinkList>>
{
    public async Task<Result<CaseLinkList>> Handle(LinkCases request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<CaseLinkList>.Forbidden();
        }

        var (@case, viewer) = await store.LoadAsync(request.CaseId, cancellationToken);
        var other = @case is null ? null : await CaseLinkReads.FindAsync(db, viewer, request.OtherCase, cancellationToken);
        if (@case is null || other is null)
        {
            return Result<CaseLinkList>.NotFound();
        }

        if (!viewer.MayWork(@case))
        {
            return Result<CaseLinkList>.Forbidden();
        }

        var linked = await db.CaseLinks.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter])
            .AnyAsync(l => l.CaseId == @case.Id && l.LinkedCaseId == other.Id, cancellationToken);
        if (linked)
        {
            throw new BusinessRuleException(new CasesAreLinkedOnceRule(linked));
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        var (there, back) = CaseLink.Between(@case, other, actor, clock.GetUtcNow().UtcDateTime);
        db.CaseLinks.AddRange(there, back);
        db.CaseEvents.AddRange(other.NewEvents);
        await store.SaveAsync(@case, isNew: false, cancellationToken);
        other.MarkEventsSaved();
        return await CaseLinkReads.ListAsync(db, @case, viewer, cancellationToken);
    }
}
