using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Loading a case for a change (only if the person may see it) and saving it with its new events, its SLA clocks
/// recomputed from the history in the same save, and the requester's mail about the change in the outbox of the same save.
/// </summary>
internal sealed class CaseStore(ServicenavDb db, SlaSettings settings, TimeProvider clock, Notifications.CaseNotifications notifications)
{
    public async Task<(Case? Case, CaseViewer Viewer)> LoadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var @case = await viewer.Apply(db.Cases).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return (@case, viewer);
    }

    /// <summary>Saves the case and the events it recorded; a concurrent change by someone else is refused, not overwritten.</summary>
    public async Task SaveAsync(Case @case, bool isNew, CancellationToken cancellationToken)
    {
        await CaseSlaRefresh.ApplyAsync(db, @case, settings, clock.GetUtcNow(), isNew, cancellationToken);
        db.CaseEvents.AddRange(@case.NewEvents);
        notifications.Collect(@case);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            @case.MarkEventsSaved();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CaseChangedMeanwhileRule());
        }
    }

    /// <summary>Runs a change on a visible case and answers with the case as the person now sees it.</summary>
    public async Task<Result<CaseDetails>> ChangeAsync(Guid caseId, Func<Case, CaseViewer, Task<bool>> change, CancellationToken cancellationToken)
    {
        var (@case, viewer) = await LoadAsync(caseId, cancellationToken);
        if (@case is null)
        {
            return Result<CaseDetails>.NotFound();
        }

        if (!await change(@case, viewer))
        {
            return Result<CaseDetails>.Forbidden();
        }

        await SaveAsync(@case, isNew: false, cancellationToken);
        return await CaseReads.DetailsAsync(db, @case, viewer, cancellationToken);
    }
}
