using Servicenav.SharedKernel;

namespace Servicenav.Ledger.Domain;

public enum LedgerFileFormat
{
    Sie,
    Csv,
}

/// <summary>
/// One import of a year's ledger (budget or outcome). At most one per year and kind: importing again replaces it and
/// its lines in one transaction. Its counts and totals are what the audit trail records for the import.
/// </summary>
public sealed class LedgerImport
{
    private LedgerImport()
    {
    }

    public LedgerImport(int year, LedgerKind kind, LedgerFileFormat format, string fileName, string importedBy, DateTime importedAtUtc, LedgerImportTotals totals)
    {
        Id = Guid.CreateVersion7();
        Year = year;
        Kind = kind;
        Format = format;
        FileName = fileName;
        ImportedBy = importedBy;
        ImportedAtUtc = importedAtUtc;
        Record(totals);
    }

    /// <summary>The counts and totals of the lines stored: known once a streamed import has written them all.</summary>
    public void Record(LedgerImportTotals totals)
    {
        LineCount = totals.LineCount;
        CostLineCount = totals.CostLineCount;
        CostTotal = totals.CostTotal;
        RevenueTotal = totals.RevenueTotal;
        SkippedLineCount = totals.SkippedLineCount;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public LedgerKind Kind { get; private set; }

    public LedgerFileFormat Format { get; private set; }

    public string FileName { get; private set; } = "";

    public string ImportedBy { get; private set; } = "";

    public DateTime ImportedAtUtc { get; private set; }

    /// <summary>Lines stored (classes 3–8).</summary>
    public int LineCount { get; private set; }

    /// <summary>Lines on cost accounts (4000–8999).</summary>
    public int CostLineCount { get; private set; }

    public Money CostTotal { get; private set; }

    /// <summary>Class 3 (revenue, credit negative as in the ledger).</summary>
    public Money RevenueTotal { get; private set; }

    /// <summary>Balance-sheet rows (classes 1–2) and others read but not stored.</summary>
    public int SkippedLineCount { get; private set; }
}

public sealed record LedgerImportTotals(int LineCount, int CostLineCount, Money CostTotal, Money RevenueTotal, int SkippedLineCount)
{
    public static LedgerImportTotals None { get; } = new(0, 0, Money.Zero, Money.Zero, 0);
}
