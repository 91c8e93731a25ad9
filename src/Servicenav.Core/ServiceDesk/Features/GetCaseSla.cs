using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Sla;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// A case's SLA and OLA clocks as of now, each with its timeline (started, paused, resumed, warning, breach), so an
/// agent or a supervisor can see why a case is late. Computed from the history on request, the same way the stored
/// due times are.
/// </summary>
public sealed record GetCaseSla(Guid CaseId) : IRequest<Result<IReadOnlyList<CaseSlaClockDto>>>;

internal sealed class GetCaseSlaHandler(ServicenavDb db, CaseStore store, SlaSettings settings, TimeProvider clock)
    : IHandler<GetCaseSla, Result<IReadOnlyList<CaseSlaClockDto>>>
{
    public async Task<Result<IReadOnlyList<CaseSlaClockDto>>> Handle(GetCaseSla request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<IReadOnlyList<CaseSlaClockDto>>.Forbidden();
        }

        var (@case, viewer) = await store.LoadAsync(request.CaseId, cancellationToken);
        if (@case is null)
        {
            return Result<IReadOnlyList<CaseSlaClockDto>>.NotFound();
        }

        var facts = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == @case.Id && CaseSlaRefresh.ClockKinds.Contains(e.Kind))
            .OrderBy(e => e.AtUtc)
            .Select(e => new CaseSlaFact(e.AtUtc, e.Kind, e.ActorIsStaff, e.FromValue, e.ToValue, e.GroupId))
            .ToListAsync(cancellationToken);
        var policy = await SlaPolicy.LoadAsync(db, settings, cancellationToken);
        var sla = CaseSlaResult.Evaluate(facts, @case.GroupId, policy.For(@case.ServiceCode, @case.Priority, @case.GroupId), clock.GetUtcNow(),
            policy.WarningThreshold, withTimeline: true);

        // The requester's side sees the promise made to them, not the internal group targets.
        var staff = viewer.MayWork(@case) || viewer.SeesAll;
        return sla.Clocks
            .Where(c => staff || c.Key is CaseSlaClock.Response or CaseSlaClock.Resolution)
            .OrderBy(c => c.Key)
            .Select(c => Dto(c.Key, c.Value))
            .ToList();
    }

    private static string TargetText(SlaTarget target) => target.Kind == SlaTargetKind.BusinessDays
        ? string.Format(SwedishCulture.Culture, ServiceDeskMessages.TargetBusinessDays, target.BusinessDays)
        : string.Format(SwedishCulture.Culture, ServiceDeskMessages.TargetBusinessHours, SwedishCulture.Number((decimal)target.BusinessTime.TotalHours, target.BusinessTime.Minutes == 0 ? 0 : 1));

    private static CaseSlaClockDto Dto(CaseSlaClock clock, SlaState s) => new(
        clock,
        TargetText(s.Target),
        s.Status,
        s.BusinessTimeAllowed,
        s.BusinessTimeUsed,
        s.BusinessTimePaused,
        s.FractionUsed,
        s.Due?.UtcDateTime,
        s.WarningAt?.UtcDateTime,
        s.BreachAt?.UtcDateTime,
        s.Timeline.Select(t => new CaseSlaTimelineDto(t.AtUtc.UtcDateTime, t.Kind, t.BusinessTimeUsed)).ToList());
}
