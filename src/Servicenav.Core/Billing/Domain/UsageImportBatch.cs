namespace Servicenav.Billing.Domain;

/// <summary>How a batch of usage came in.</summary>
public enum UsageBatchKind
{
    /// <summary>A CSV file, uploaded or given to the CLI.</summary>
    Csv,

    /// <summary>A JSON batch posted to the API by a sending system.</summary>
    Api,
}

/// <summary>
/// One accepted import of usage records: who sent what, when, and how many rows were added or skipped as
/// already stored. Written once, in the same transaction as its records; saving it writes the batch's
/// audit entry (counts and totals per period). A refused batch leaves no trace but its error list.
/// </summary>
public sealed class UsageImportBatch
{
    private UsageImportBatch()
    {
    }

    public UsageImportBatch(Guid id, UsageBatchKind kind, string sourceName, string receivedBy, DateTime receivedAtUtc)
    {
        Id = id;
        Kind = kind;
        SourceName = sourceName;
        ReceivedBy = receivedBy;
        ReceivedAtUtc = receivedAtUtc;
    }

    public Guid Id { get; private set; }

    public UsageBatchKind Kind { get; private set; }

    /// <summary>The file name or the API caller's name for the batch.</summary>
    public string SourceName { get; private set; } = "";

    public string ReceivedBy { get; private set; } = "";

    public DateTime ReceivedAtUtc { get; private set; }

    public int RowsRead { get; private set; }

    public int RowsAccepted { get; private set; }

    /// <summary>Rows whose source reference was already stored (an earlier batch brought them): not counted twice.</summary>
    public int RowsSkipped { get; private set; }

    /// <summary>Per period: rows and quantity sum (control totals), e.g. "2026-03: 1200 rader, 3456.125".</summary>
    public string PeriodTotals { get; private set; } = "";

    public void Accept(int rowsRead, int rowsAccepted, int rowsSkipped, string periodTotals)
    {
        RowsRead = rowsRead;
        RowsAccepted = rowsAccepted;
        RowsSkipped = rowsSkipped;
        PeriodTotals = periodTotals;
    }
}
