using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Loading a case for a change (only if the person may see it) and saving it with its new events.</summary>
internal static class CaseCommands
{
    public static async Task<(Case? Case, CaseViewer Viewer)> LoadAsync(ServicenavDb db, Guid caseId, CancellationToken cancellationToken)
    {
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var @case = await viewer.Apply(db.Cases).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return (@case, viewer);
    }

    /// <summary>Saves the case and the events it recorded; a concurrent change by someone else is refused, not overwritten.</summary>
    public static async Task SaveAsync(ServicenavDb db, Case @case, CancellationToken cancellationToken)
    {
        db.CaseEvents.AddRange(@case.NewEvents);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CaseChangedMeanwhileRule());
        }
    }

    /// <summary>Runs a change on a visible case and answers with the case as the person now sees it.</summary>
    public static async Task<Result<CaseDetails>> ChangeAsync(
        ServicenavDb db, Guid caseId, Func<Case, CaseViewer, Task<bool>> change, CancellationToken cancellationToken)
    {
        var (@case, viewer) = await LoadAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return Result<CaseDetails>.NotFound();
        }

        if (!await change(@case, viewer))
        {
            return Result<CaseDetails>.Forbidden();
        }

        await SaveAsync(db, @case, cancellationToken);
        return await CaseReads.DetailsAsync(db, @case, viewer, cancellationToken);
    }
}
