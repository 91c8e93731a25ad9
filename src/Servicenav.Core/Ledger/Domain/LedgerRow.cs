namespace Servicenav.Ledger.Domain;

/// <summary>
/// One stored ledger line (class 3–8). Written in bulk (COPY / prepared inserts) and never edited; replaced with its
/// import. The account group (first three digits) and its name are stored so pools are one GROUP BY.
/// </summary>
public sealed class LedgerRow
{
    private LedgerRow()
    {
    }

    public long Id { get; private set; }

    public Guid ImportId { get; private set; }

    public int Year { get; private set; }

    public LedgerKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public string Account { get; private set; } = "";

    public string AccountName { get; private set; } = "";

    public string AccountGroup { get; private set; } = "";

    public string AccountGroupName { get; private set; } = "";

    /// <summary>BAS class: the account's first digit (3 revenue, 4–8 costs).</summary>
    public int AccountClass { get; private set; }

    public string Ansvar { get; private set; } = "";

    public string? Voucher { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>Debit positive, as in the ledger; whole öre so SQL sums are exact.</summary>
    public long AmountOre { get; private set; }
}
