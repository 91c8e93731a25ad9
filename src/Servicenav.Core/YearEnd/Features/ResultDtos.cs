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

/// <summary>What an area charged in one month.</summary>
public sealed record MonthRevenueDto(Period Period, string AreaCode, Money Revenue);

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
/// self-cost is the year's × CostMonths / 12, matching the months billed so far (12 once December is billed).
/// </summary>
public sealed record YearResultSources(LedgerKind? CostBasis, DateTime? CostCalculatedAtUtc, bool HasCharges, bool HasBudget, int CostMonths);

public sealed record YearResultDto(
    int Year,
    decimal? ResultRequirementPercent,
    IReadOnlyList<AreaResultDto> Areas,
    AreaResultDto Total,
    IReadOnlyList<MonthRevenueDto> Months,
    IReadOnlyList<RefundDecisionDto> Refunds,
    YearResultSources Sources);
