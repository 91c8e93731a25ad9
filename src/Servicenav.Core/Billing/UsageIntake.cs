using System.Globalization;
using Servicenav.Billing.Domain;
using Servicenav.Billing.Features;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>
/// <see cref="IUsageIntake"/> over the usage import itself (<see cref="UsageImporter"/>): the rows become a batch like
/// one posted to the API, with the same validation, idempotency by source reference, month totals and audit entry.
/// </summary>
internal sealed class UsageIntake(ServicenavDb db, UsageImporter importer, IClosedPeriods closedPeriods) : IUsageIntake
{
    public async Task<UsageIntakeResult> RecordAsync(string sourceName, IReadOnlyList<UsageIntakeRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return new UsageIntakeResult(true, 0, 0, []);
        }

        // The import saves its batch and commits its own transaction: other unsaved changes would be swept into it.
        if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Usage is recorded in its own transaction: save (or discard) other changes and end any transaction first.");
        }

        var raw = rows.Select((row, index) => new RawUsageRow(
            index + 1, row.CustomerId.ToString("D", CultureInfo.InvariantCulture), row.ServiceCode, row.Period.ToString(), null, row.Quantity, row.Unit,
            row.SourceReference, null, null, null, null, null, null)).ToList();
        var name = string.IsNullOrWhiteSpace(sourceName) ? "Servicenav" : sourceName.Trim();
        var result = await importer.Import(UsageBatchKind.Api, name.Length > 200 ? name[..200] : name, UsageRowSource.Of(raw), cancellationToken);
        return new UsageIntakeResult(result.Accepted, result.RowsAccepted, result.RowsSkipped, result.Errors);
    }

    public async Task<Period> OpenPeriodForAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var closed = await closedPeriods.ClosedAsync(cancellationToken);
        var period = Period.Of(date);
        while (closed.Contains(period))
        {
            period = period.Next;
        }

        return period;
    }
}
