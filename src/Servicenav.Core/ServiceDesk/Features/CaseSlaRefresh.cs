using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features;

/// <summary>Recomputes one case's clocks from its history (stored events plus the ones about to be saved) before it is saved.</summary>
internal static class CaseSlaRefresh
{
    public static readonly CaseEventKind[] ClockKinds =
    [
        CaseEventKind.Created, CaseEventKind.PublicReply, CaseEventKind.InternalNote, CaseEventKind.StatusChanged, CaseEventKind.AssigneeChanged,
        CaseEventKind.GroupChanged, CaseEventKind.Solved, CaseEventKind.Reopened,
    ];

    public static async Task ApplyAsync(ServicenavDb db, Case @case, SlaSettings settings, DateTimeOffset nowUtc, bool isNew, CancellationToken cancellationToken)
    {
        var stored = isNew
            ? []
            : await db.CaseEvents.AsNoTracking()
                .Where(e => e.CaseId == @case.Id && ClockKinds.Contains(e.Kind))
                .OrderBy(e => e.AtUtc)
                .Select(e => new CaseSlaFact(e.AtUtc, e.Kind, e.ActorIsStaff, e.FromValue, e.ToValue, e.GroupId))
                .ToListAsync(cancellationToken);
        var facts = stored.Concat(@case.NewEvents.Where(e => ClockKinds.Contains(e.Kind))
                .Select(e => new CaseSlaFact(e.AtUtc, e.Kind, e.ActorIsStaff, e.FromValue, e.ToValue, e.GroupId)))
            .OrderBy(f => f.AtUtc)
            .ToList();
        var policy = await SlaPolicy.LoadAsync(db, settings, cancellationToken);
        var targets = policy.For(@case.ServiceCode, @case.Priority, @case.GroupId);
        @case.ApplySla(CaseSlaResult.Evaluate(facts, @case.GroupId, targets, nowUtc, policy.WarningThreshold));
    }
}
