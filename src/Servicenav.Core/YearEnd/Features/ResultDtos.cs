using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>One row of the year-end table (an area or, with empty code, the total).</summary>
public sealed record AreaResultDto(
    string AreaCode,
    string AreaName,
    Money Revenue,
    Money Cost,
    Money ResultBeforeRefunds,
    Money Refunds,
    Money ResultAfterRefunds,
    Money BudgetResult,
    Money DeviationFromBudget,
    decimal? ResultPercentOfRevenue,
    Money? RequiredResult,
    Money? SurplusAboveRequirement);

/// <summary>One month of the result: every area's row for the month (as in the year table) and the month's total.</summary>
public sealed record MonthResultDto(Period Period, IReadOnlyList<AreaResultDto> Areas, AreaResultDto Total);

public sealed record RefundDecisionDto(
    Guid Id,
    int Year,
    string AreaCode,
    string AreaName,
    Money Amount,
    string Diarienummer,
    DateOnly DecisionDate,
    string DecidedBy,
    Period BookIn,
    string Text,
    int CreditInvoiceCount,
    IReadOnlyList<RefundShareDto> Shares);

public sealed record RefundShareDto(Guid CustomerId, string CustomerName, Money Charged, Money Amount);

/// <summary>
/// Where the year's figures came from, so the reader knows how far to trust them. <see cref="CostMonths"/>: the
/// months shown, January through the last month billed (12 once December is billed); the year's self-cost and budget
/// are those months'. <see cref="CostSpreadEvenly"/>: the cost basis held only year totals, so its self-cost is spread
/// evenly over the months rather than as booked.
/// </summary>
public sealed record YearResultSources(LedgerKind? CostBasis, DateTime? CostCalculatedAtUtc, bool HasCharges, bool HasBudget, int CostMonths, bool CostSpreadEvenly);

public sealed record YearResultDto(
    int Year,
    decimal? ResultRequirementPercent,
    IReadOnlyList<AreaResultDto> Areas,
    AreaResultDto Total,
    IReadOnlyList<MonthResultDto> Months,
    IReadOnlyList<RefundDecisionDto> Refunds,
    YearResultSources Sources);
