using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Links;

/// <summary>Staff remove a link between two cases they may see; both rows go and both histories say so.</summary>
public sealed record UnlinkCases(Guid CaseId, Guid OtherCaseId) : IRequest<Result<CaseLinkList>>;

internal sealed class UnlinkCasesHandler(ServicenavDb db, CaseStore store, TimeProvider clock) : IHandler<UnlinkCases, Result<CaseLinkList>>
{
    public async Task<Result<CaseLinkList>> Handle(UnlinkCases request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesWork))
        {
            return Result<CaseLinkList>.Forbidden();
        }

        var (@case, viewer) = await store.LoadAsync(request.CaseId, cancellationToken);
        var other = @case is null ? null : await CaseLinkReads.FindAsync(db, viewer, request.OtherCaseId.ToString(), cancellationToken);
        if (@case is null || other is null)
        {
            return Result<CaseLinkList>.NotFound();
        }

        var rows = await db.CaseLinks.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter])
            .Where(l => (l.CaseId == @case.Id && l.LinkedCaseId == other.Id) || (l.CaseId == other.Id && l.LinkedCaseId == @case.Id))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return Result<CaseLinkList>.NotFound();
        }

        if (!viewer.MayWork(@case))
        {
            return Result<CaseLinkList>.Forbidden();
        }

        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        @case.Unlink(other.Number, actor, now);
        other.Unlink(@case.Number, actor, now);
        db.CaseLinks.RemoveRange(rows);
        db.CaseEvents.AddRange(other.NewEvents);
        await store.SaveAsync(@case, isNew: false, cancellationToken);
        other.MarkEventsSaved();
        return await CaseLinkReads.ListAsync(db, @case, viewer, cancellationToken);
    }
}
