namespace Servicenav.Ledger.Domain;

/// <summary>
/// An import's cost lines (classes 4–8) summed per account group × ansvar × month, written with the import in the same
/// transaction. Costing's pools and the year-end month profile read these few thousand rows instead of grouping the
/// year's hundreds of thousands of lines on every page load; the lines stay for the drill-down.
/// </summary>
public sealed class LedgerPoolMonth
{
    private LedgerPoolMonth()
    {
    }

    public Guid ImportId { get; private set; }

    public int Year { get; private set; }

    public LedgerKind Kind { get; private set; }

    public string AccountGroup { get; private set; } = "";

    public string AccountGroupName { get; private set; } = "";

    public string Ansvar { get; private set; } = "";

    /// <summary>1–12: the month of the lines' dates.</summary>
    public int Month { get; private set; }

    public long AmountOre { get; private set; }

    public int LineCount { get; private set; }
}
