using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Domain;

/// <summary>What the SLA clocks need of one case event (read from the stored history, in time order).</summary>
public readonly record struct CaseSlaFact(DateTime AtUtc, CaseEventKind Kind, bool ActorIsStaff, string? FromValue, string? ToValue, Guid GroupId);

/// <summary>The clocks a case runs: the promise to the customer (SLA) and the receiving group's own targets (OLA).</summary>
public enum CaseSlaClock
{
    Response,
    Resolution,
    GroupResponse,
    GroupResolution,
}

/// <summary>
/// Turns a case's history into the start/pause/resume/stop events of each clock, so every SLA figure can be explained
/// from what happened. First response stops at the first public reply from staff (or at solving). Resolution pauses
/// while the case waits for the requester or a supplier, stops when solved, and continues if reopened. The group
/// clocks start when the current group received the case — at creation or when it was handed over — so an internal
/// target follows the case from team to team instead of running from the case's creation.
/// </summary>
public static class CaseSlaClocks
{
    public static SlaClockEvent[] For(CaseSlaClock clock, IReadOnlyList<CaseSlaFact> facts, Guid currentGroupId)
    {
        var from = clock is CaseSlaClock.GroupResponse or CaseSlaClock.GroupResolution ? ReceivedAt(facts, currentGroupId) : 0;
        if (from < 0)
        {
            return [];
        }

        var events = new List<SlaClockEvent>(8) { new(At(facts[from]), SlaClockEventKind.Start) };
        for (var i = from + 1; i < facts.Count; i++)
        {
            var kind = clock switch
            {
                CaseSlaClock.Response or CaseSlaClock.GroupResponse => ResponseEvent(facts[i], clock == CaseSlaClock.GroupResponse),
                _ => ResolutionEvent(facts[i]),
            };
            if (kind is { } k)
            {
                events.Add(new SlaClockEvent(At(facts[i]), k));
                if (k == SlaClockEventKind.Stop && clock is CaseSlaClock.Response or CaseSlaClock.GroupResponse)
                {
                    break;
                }
            }
        }

        return [.. events];
    }

    /// <summary>Index of the event at which the case last came to the group: its creation or the last hand-over to it.</summary>
    private static int ReceivedAt(IReadOnlyList<CaseSlaFact> facts, Guid groupId)
    {
        for (var i = facts.Count - 1; i >= 0; i--)
        {
            var f = facts[i];
            if ((f.Kind == CaseEventKind.GroupChanged || f.Kind == CaseEventKind.Created) && f.GroupId == groupId)
            {
                return i;
            }
        }

        return -1;
    }

    private static SlaClockEventKind? ResponseEvent(CaseSlaFact f, bool anyStaffAction) => f.Kind switch
    {
        CaseEventKind.PublicReply when f.ActorIsStaff => SlaClockEventKind.Stop,
        CaseEventKind.Solved => SlaClockEventKind.Stop,
        CaseEventKind.InternalNote or CaseEventKind.StatusChanged or CaseEventKind.AssigneeChanged when anyStaffAction && f.ActorIsStaff => SlaClockEventKind.Stop,
        _ => null,
    };

    private static SlaClockEventKind? ResolutionEvent(CaseSlaFact f)
    {
        if (f.Kind == CaseEventKind.Reopened)
        {
            return SlaClockEventKind.Start;
        }

        if (f.Kind != CaseEventKind.StatusChanged)
        {
            return null;
        }

        return f.ToValue switch
        {
            nameof(CaseStatus.Solved) or nameof(CaseStatus.Closed) => SlaClockEventKind.Stop,
            nameof(CaseStatus.WaitingForRequester) or nameof(CaseStatus.WaitingForSupplier) => SlaClockEventKind.Pause,
            _ when f.FromValue is nameof(CaseStatus.WaitingForRequester) or nameof(CaseStatus.WaitingForSupplier) => SlaClockEventKind.Resume,
            _ => null,
        };
    }

    private static DateTimeOffset At(CaseSlaFact f) => new(DateTime.SpecifyKind(f.AtUtc, DateTimeKind.Utc));
}
