namespace Servicenav.ServiceDesk.Domain;

/// <summary>Which status may follow which. Reopening (Solved → InProgress) has its own rule: the reopen window.</summary>
public static class CaseStatusFlow
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Next = new()
    {
        [CaseStatus.New] = [CaseStatus.InProgress, CaseStatus.WaitingForRequester, CaseStatus.WaitingForSupplier, CaseStatus.Solved],
        [CaseStatus.InProgress] = [CaseStatus.WaitingForRequester, CaseStatus.WaitingForSupplier, CaseStatus.Solved],
        [CaseStatus.WaitingForRequester] = [CaseStatus.InProgress, CaseStatus.WaitingForSupplier, CaseStatus.Solved],
        [CaseStatus.WaitingForSupplier] = [CaseStatus.InProgress, CaseStatus.WaitingForRequester, CaseStatus.Solved],
        [CaseStatus.Solved] = [CaseStatus.InProgress, CaseStatus.Closed],
        [CaseStatus.Closed] = [],
    };

    public static IReadOnlyList<CaseStatus> Allowed(CaseStatus from) => Next[from];

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Next[from].Contains(to);

    /// <summary>The states in which the case waits on someone else: the resolution clock stands still.</summary>
    public static bool IsWaiting(CaseStatus status) => status is CaseStatus.WaitingForRequester or CaseStatus.WaitingForSupplier;

    public static bool IsOpen(CaseStatus status) => status is not (CaseStatus.Solved or CaseStatus.Closed);

    /// <summary>
    /// <see cref="IsOpen"/> for queries. It becomes <c>"Status" NOT IN ('Solved', 'Closed')</c>, the very condition of
    /// the open cases' partial indexes (<c>CaseConfiguration.OpenCases</c>), which a query must repeat to use them.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<Case, bool>> Open = c => c.Status != CaseStatus.Solved && c.Status != CaseStatus.Closed;
}
