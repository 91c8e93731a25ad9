using Servicenav.SharedKernel;

namespace Servicenav.Billing.Domain;

public enum BillingPeriodStatus
{
    Open,
    Closed,
}

/// <summary>
/// A billing month. Open (the default: a month without a row is open) until the controller closes it after a
/// final run; a closed month is locked — no runs, no new usage, no changes. Later corrections are booked in an
/// open month as lines that reference the original line.
/// </summary>
public sealed class BillingPeriod : Entity
{
    private BillingPeriod()
    {
    }

    public BillingPeriod(Period period)
    {
        Period = period;
        Status = BillingPeriodStatus.Open;
    }

    public Period Period { get; private set; }

    public BillingPeriodStatus Status { get; private set; }

    public Guid? LastRunId { get; private set; }

    public DateTime? LastRunAtUtc { get; private set; }

    public string? LastRunBy { get; private set; }

    /// <summary>How many usage records of the month the last run charged: closing compares it with what is there now.</summary>
    public long LastRunUsageCount { get; private set; }

    public int LastRunInvoiceCount { get; private set; }

    public Money LastRunTotal { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public string? ClosedBy { get; private set; }

    public bool IsClosed => Status == BillingPeriodStatus.Closed;

    public void EnsureOpen() => CheckRule(new ClosedPeriodIsLockedRule(Period, Status));

    public void RecordRun(Guid runId, DateTime atUtc, string by, long usageCount, int invoiceCount, Money total)
    {
        EnsureOpen();
        LastRunId = runId;
        LastRunAtUtc = atUtc;
        LastRunBy = by;
        LastRunUsageCount = usageCount;
        LastRunInvoiceCount = invoiceCount;
        LastRunTotal = total;
    }

    /// <summary>Closes the month; <paramref name="usageCountNow"/> is the month's usage count at closing.</summary>
    public void Close(long usageCountNow, DateTime atUtc, string by)
    {
        CheckRule(new PeriodAlreadyClosedRule(Period, Status));
        CheckRule(new CloseRequiresFinalRunRule(Period, LastRunId));
        CheckRule(new CloseRequiresNoNewerUsageRule(Period, LastRunUsageCount, usageCountNow));
        Status = BillingPeriodStatus.Closed;
        ClosedAtUtc = atUtc;
        ClosedBy = by;
    }
}
