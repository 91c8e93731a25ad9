using Servicenav.Billing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>
/// Usage from another module of Servicenav (a fulfilled order in the customer service), through the same checks as
/// any imported batch: a known customer and decided service, the service's unit in the price list of the month, an
/// open month, and a source reference counted once — a row whose reference is already stored is skipped, so
/// recording it again (a retry, a second fulfilment) changes nothing. Accepted whole or refused whole with every
/// reason. Commits in its own transaction: call it with no unsaved changes and no open transaction.
/// </summary>
public interface IUsageIntake
{
    Task<UsageIntakeResult> RecordAsync(string sourceName, IReadOnlyList<UsageIntakeRow> rows, CancellationToken cancellationToken = default);

    /// <summary>
    /// The month in which usage that happened on <paramref name="date"/> is charged: its own month, or — when billing
    /// has closed it — the first open month after it (a closed month takes no new usage).
    /// </summary>
    Task<Period> OpenPeriodForAsync(DateOnly date, CancellationToken cancellationToken = default);
}

/// <summary>One usage row from another module; <see cref="SourceReference"/> makes it count once (e.g. <c>order:KT-2026-000123</c>).</summary>
public sealed record UsageIntakeRow(Guid CustomerId, string ServiceCode, Period Period, decimal Quantity, string Unit, string SourceReference);

/// <summary>Accepted: rows added and rows skipped as already stored. Refused: nothing written, every reason listed (field names as in the import).</summary>
public sealed record UsageIntakeResult(bool Accepted, int RowsAdded, int RowsSkipped, IReadOnlyList<UsageRowError> Errors);
