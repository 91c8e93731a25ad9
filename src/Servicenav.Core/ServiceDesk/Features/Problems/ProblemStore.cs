using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>Saving a problem with its new history; a concurrent change by someone else is refused, not overwritten.</summary>
internal static class ProblemStore
{
    public static void Track(ServicenavDb db, Problem problem)
    {
        // New actions are found through the tracked problem's collection; the history is not a navigation.
        db.ProblemEvents.AddRange(problem.NewEvents.Where(e => db.Entry(e).State == EntityState.Detached));
    }

    public static async Task SaveAsync(ServicenavDb db, Problem problem, CancellationToken cancellationToken)
    {
        Track(db, problem);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            problem.MarkEventsSaved();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CaseChangedMeanwhileRule());
        }
    }
}
