using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Which cases the signed-in person may see, decided once per request and applied to every case query (lists,
/// search, a single case by id or number, its history, exports, reports). On top of the customer scope (a
/// Beställare's queries only ever reach its own customer's rows): a Medarbetare sees the cases they raised, an
/// agent the queues of their resolver groups and what is assigned to them, a first-line agent or a supervisor
/// every case. Anything outside is "not found", never "forbidden".
/// </summary>
internal sealed record CaseViewer(Guid? UserId, bool SeesAll, bool SeesWholeCustomer, bool CanWork, IReadOnlyList<Guid> GroupIds)
{
    public static async Task<CaseViewer> ForAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var user = db.User;
        if (user.IsSystem)
        {
            return new CaseViewer(null, true, false, true, []);
        }

        var groups = user.UserId is { } id && user.Has(Permission.CasesWork)
            ? await db.ResolverGroupMembers.AsNoTracking().Where(m => m.UserId == id).Select(m => m.GroupId).ToListAsync(cancellationToken)
            : [];
        var desk = groups.Count > 0 ? await DeskReference.GroupsAsync(db, cancellationToken) : null;
        var firstLine = desk is not null && groups.Any(g => desk.ById.TryGetValue(g, out var group) && group.IsFirstLine && group.IsActive);
        var seesAll = !user.IsCustomerScoped && (user.Has(Permission.CasesReadAll) || firstLine);
        var wholeCustomer = user.IsCustomerScoped && user.IsInRole(Role.Bestallare) && user.CustomerId is not null;
        return new CaseViewer(user.UserId, seesAll, wholeCustomer, !user.IsCustomerScoped && user.Has(Permission.CasesWork), groups);
    }

    public bool IsStaff => SeesAll || CanWork;

    /// <summary>The cases this person may see. The customer scope of the context applies underneath.</summary>
    public IQueryable<Case> Apply(IQueryable<Case> cases) => Visibility() is { } sees ? cases.Where(sees) : cases;

    /// <summary>Every case the customer scope allows, with the condition for the ones this person may see (for a search).</summary>
    public VisibleCases Searchable(IQueryable<Case> cases) => new(cases, Visibility());

    /// <summary>Which cases this person may see, as a condition; null when it is every case the customer scope allows.</summary>
    private Expression<Func<Case, bool>>? Visibility()
    {
        if (SeesAll || SeesWholeCustomer)
        {
            return null;
        }

        var me = UserId;
        if (me is null)
        {
            return c => false;
        }

        var groups = GroupIds;
        return groups.Count == 0
            ? c => c.RequesterUserId == me
            : c => c.RequesterUserId == me || c.AssigneeUserId == me || groups.Contains(c.GroupId);
    }

    /// <summary>The cases I raised: always among those I may see.</summary>
    public IQueryable<Case> Mine(IQueryable<Case> cases)
    {
        var me = UserId;
        return me is null ? cases.Where(c => false) : cases.Where(c => c.RequesterUserId == me);
    }

    /// <summary>
    /// The queue: my groups' cases (every case for a reader of all who is in no group). A part of <see cref="Apply"/>,
    /// asked for on its own so the queue's index serves it (one group is an equality, not a list).
    /// </summary>
    public IQueryable<Case> Queue(IQueryable<Case> cases)
    {
        if (GroupIds.Count == 0)
        {
            return SeesAll ? cases : cases.Where(c => false);
        }

        if (GroupIds.Count == 1)
        {
            var group = GroupIds[0];
            return cases.Where(c => c.GroupId == group);
        }

        var groups = GroupIds;
        return cases.Where(c => groups.Contains(c.GroupId));
    }

    /// <summary>The cases assigned to me, within what I may see.</summary>
    public IQueryable<Case> Assigned(IQueryable<Case> cases)
    {
        var me = UserId;
        if (me is null)
        {
            return cases.Where(c => false);
        }

        var assigned = cases.Where(c => c.AssigneeUserId == me);
        return SeesAll || SeesWholeCustomer || GroupIds.Count > 0 ? assigned : assigned.Where(c => c.RequesterUserId == me);
    }

    /// <summary>May this person work the case as staff (reply, note, move, solve)? A requester's own case is not enough.</summary>
    public bool MayWork(Case c) => CanWork && (SeesAll || GroupIds.Contains(c.GroupId) || c.AssigneeUserId == UserId);

    /// <summary>Is this person the requester's side of the case (the requester, or the customer's Beställare)?</summary>
    public bool IsRequesterSide(Case c) => (UserId is not null && c.RequesterUserId == UserId) || SeesWholeCustomer;

    /// <summary>
    /// Who acts on a case that either side may move (close, reopen): staff who may work it as staff, the requester's
    /// side as the requester's side; nobody else (null).
    /// </summary>
    public CaseActor? AsWorkerOrRequester(Case c, CaseActor actor) =>
        MayWork(c) ? actor : IsRequesterSide(c) ? actor with { IsStaff = false } : null;
}
