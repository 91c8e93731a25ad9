using System.Linq.Expressions;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// The cases a search may answer with: every case the customer scope allows (<paramref name="All"/>) and the condition
/// for the ones this person may see (null: all of them). Kept apart so that a search can test the condition on the
/// rows it reads, instead of asking the database for every case the person may see first.
/// </summary>
internal sealed record VisibleCases(IQueryable<Case> All, Expression<Func<Case, bool>>? Visibility)
{
    public bool SeesEveryCase => Visibility is null;

    /// <summary>The cases of <paramref name="cases"/> this person may see.</summary>
    public IQueryable<Case> Visible(IQueryable<Case> cases) => Visibility is null ? cases : cases.Where(Visibility);
}
