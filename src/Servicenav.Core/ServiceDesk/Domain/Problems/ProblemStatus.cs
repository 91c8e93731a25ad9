namespace Servicenav.ServiceDesk.Domain.Problems;

/// <summary>
/// A problem's place in its flow: registered, under investigation, a known error (the cause is known and there is a
/// workaround agents give on linked cases), solved (the cause is removed), closed (followed up and done).
/// </summary>
public enum ProblemStatus
{
    Registered,
    UnderInvestigation,
    KnownError,
    Solved,
    Closed,
}

/// <summary>Which status may follow which. A solved problem that comes back goes under investigation again.</summary>
public static class ProblemStatusFlow
{
    private static readonly Dictionary<ProblemStatus, ProblemStatus[]> Next = new()
    {
        [ProblemStatus.Registered] = [ProblemStatus.UnderInvestigation, ProblemStatus.Closed],
        [ProblemStatus.UnderInvestigation] = [ProblemStatus.KnownError, ProblemStatus.Solved],
        [ProblemStatus.KnownError] = [ProblemStatus.UnderInvestigation, ProblemStatus.Solved],
        [ProblemStatus.Solved] = [ProblemStatus.UnderInvestigation, ProblemStatus.Closed],
        [ProblemStatus.Closed] = [],
    };

    public static IReadOnlyList<ProblemStatus> Allowed(ProblemStatus from) => Next[from];

    public static bool IsAllowed(ProblemStatus from, ProblemStatus to) => Next[from].Contains(to);

    /// <summary>Open problems still cover their root cause: it is not offered again as a recurring cause.</summary>
    public static bool IsOpen(ProblemStatus status) => status is not (ProblemStatus.Solved or ProblemStatus.Closed);

    public static readonly ProblemStatus[] OpenStatuses = [ProblemStatus.Registered, ProblemStatus.UnderInvestigation, ProblemStatus.KnownError];
}

/// <summary>Everything that happens to a problem record: its own history.</summary>
public enum ProblemEventKind
{
    Created,
    StatusChanged,
    WorkaroundChanged,
    CaseLinked,
    FollowUpNote,
    ActionAdded,
    ActionDone,
    OwnerChanged,
}
