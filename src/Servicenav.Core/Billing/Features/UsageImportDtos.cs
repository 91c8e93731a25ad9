namespace Servicenav.Billing.Features;

/// <summary>
/// The answer to a usage batch. Accepted: the batch id, rows added and rows skipped (their source reference was
/// already stored). Refused: nothing was written; <see cref="Errors"/> lists the bad rows in row order (at most
/// <see cref="UsageImportResult.MaxErrorsListed"/>), <see cref="ErrorCount"/> counts them all.
/// </summary>
public sealed record UsageImportResult(
    bool Accepted,
    Guid? BatchId,
    int RowsRead,
    int RowsAccepted,
    int RowsSkipped,
    IReadOnlyList<UsagePeriodTotal> Totals,
    IReadOnlyList<UsageRowError> Errors,
    int ErrorCount)
{
    public const int MaxErrorsListed = 1000;

    public static UsageImportResult Refused(int rowsRead, IReadOnlyList<UsageRowError> errors, int errorCount) =>
        new(false, null, rowsRead, 0, 0, [], errors, errorCount);
}

/// <summary>One reason a row was refused. Row: the line in a CSV file (header = 1), the 1-based position in a JSON batch.</summary>
public sealed record UsageRowError(int Row, string Field, string Reason);

/// <summary>Control totals of an accepted batch for one period: rows added and their quantity sum.</summary>
public sealed record UsagePeriodTotal(string Period, int Rows, decimal Quantity);

/// <summary>One usage row as a sending system gives it (JSON batch; a CSV row has the same fields).</summary>
public sealed class UsageRowInput
{
    /// <summary>The customer's id, customer number or organisation number (if no other customer shares it).</summary>
    public string? Customer { get; set; }

    public string? Service { get; set; }

    /// <summary>The month, "2026-03".</summary>
    public string? Period { get; set; }

    public decimal? Quantity { get; set; }

    public string? Unit { get; set; }

    /// <summary>The sender's unique id of the row: a second batch with the same reference is not counted twice.</summary>
    public string? SourceReference { get; set; }

    /// <summary>For a correction (negative quantity): the source reference of the row it corrects.</summary>
    public string? CorrectsReference { get; set; }

    public string? Ansvar { get; set; }

    public string? Verksamhet { get; set; }

    public string? Projekt { get; set; }

    public string? Aktivitet { get; set; }

    public string? OrganisationUnit { get; set; }
}
