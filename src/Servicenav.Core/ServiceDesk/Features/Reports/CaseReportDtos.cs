using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>One Swedish day: cases created, solved and closed that day, and cases open at its end (zero days included).</summary>
public sealed record CaseFlowDay(DateOnly Date, int Created, int Solved, int Closed, int OpenAtEnd);

/// <summary>Open cases now in one status, by age since creation (0–2, 3–7, 8–30 and over 30 whole days).</summary>
public sealed record BacklogRow(CaseStatus? Status, string Name, int Days0To2, int Days3To7, int Days8To30, int Over30Days)
{
    public int Total => Days0To2 + Days3To7 + Days8To30 + Over30Days;
}

/// <summary>Cases in and out per day over the period, and the backlog now by status and age.</summary>
public sealed record CaseFlowReport(DateOnly From, DateOnly To, IReadOnlyList<CaseFlowDay> Days, IReadOnlyList<BacklogRow> Backlog, BacklogRow BacklogTotal)
{
    public int Created => Days.Sum(d => d.Created);

    public int Solved => Days.Sum(d => d.Solved);

    public int Closed => Days.Sum(d => d.Closed);
}

/// <summary>Durations in business hours (one decimal): mean, median and 90th percentile (nearest rank) of <see cref="Count"/> cases.</summary>
public sealed record DurationFigures(int Count, decimal? MeanHours, decimal? MedianHours, decimal? P90Hours);

/// <summary>First-response and resolution times of one priority or service (key: "1"–"4" or the service code).</summary>
public sealed record CaseTimeRow(string Key, string Name, DurationFigures Response, DurationFigures Resolution);

/// <summary>
/// How long the first response and the solving took in business hours by the cases' SLA clocks (pauses excluded),
/// counted on the clocks that stopped in the period; cases without an SLA target have no clock and are not counted.
/// </summary>
public sealed record CaseTimesReport(DateOnly From, DateOnly To, CaseTimeRow Total, IReadOnlyList<CaseTimeRow> ByPriority, IReadOnlyList<CaseTimeRow> ByService);

/// <summary>
/// Share of clocks met: counted are the clocks that stopped in the period (met in time or late) and those breached
/// in the period and still running. Percent with one decimal, null when nothing was counted.
/// </summary>
public sealed record ComplianceFigures(int ResponseCounted, int ResponseMet, decimal? ResponsePercent, int ResolutionCounted, int ResolutionMet, decimal? ResolutionPercent);

/// <summary>One row of a compliance table: a service (code), a customer (id) or a month ("2026-03").</summary>
public sealed record ComplianceRow(string Key, string Name, ComplianceFigures Figures);

public sealed record SlaComplianceReport(
    DateOnly From, DateOnly To, ComplianceFigures Total, IReadOnlyList<ComplianceRow> ByService, IReadOnlyList<ComplianceRow> ByCustomer, IReadOnlyList<ComplianceRow> ByMonth);

/// <summary>
/// Solvings in the period by one agent or group (from the history: who solved, in which group), the FTE, solvings per
/// FTE and month, the same period a year earlier and the change in percent (null when there was none a year earlier).
/// </summary>
public sealed record ProductivityRow(Guid Id, string Name, decimal Fte, int Solved, decimal? SolvedPerFtePerMonth, int SolvedYearBefore, decimal? ChangePercent);

/// <summary>
/// Closed cases per full-time employee. Agents are listed for staff only (an employment rate is personal); a
/// Beställare sees the groups' figures for its own customer's cases.
/// </summary>
public sealed record AgentProductivityReport(
    DateOnly From, DateOnly To, decimal Months, IReadOnlyList<ProductivityRow> Agents, IReadOnlyList<ProductivityRow> Groups, ProductivityRow Total);

/// <summary>A root cause's solved cases in the period, its share of all with a cause, and the previous period of the same length.</summary>
public sealed record RootCauseRow(Guid Id, string Name, int Count, decimal SharePercent, int PreviousCount, decimal? ChangePercent);

public sealed record RootCauseReport(DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, int Total, int PreviousTotal, IReadOnlyList<RootCauseRow> Rows);

/// <summary>An agent's day at a glance: cases in and out today, their queue, what is assigned to them, and SLA breaches today.</summary>
public sealed record CaseDeskOverview(DateOnly Today, int CreatedToday, int SolvedToday, int MyQueue, int AssignedToMe, int BreachesToday);

/// <summary>An agent whose FTE may be set, with the FTE used (1.0 when none is set).</summary>
public sealed record AgentFte(Guid UserId, string Name, decimal Fte);
