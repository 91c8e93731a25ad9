namespace Servicenav.Ledger.Sie;

/// <summary>
/// The content of a SIE 4 file (type 4E or 4I) as far as Servicenav reads or writes it. Amounts are decimal
/// kronor as written in the file (debit positive, credit negative). Built by <see cref="SieReader"/>, written by
/// <see cref="SieWriter"/>.
/// </summary>
public sealed class SieDocument
{
    public int? Flag { get; set; }

    /// <summary>What <c>#FORMAT</c> claimed (usually PC8); the reader decides the encoding from the bytes.</summary>
    public string? DeclaredFormat { get; set; }

    public int? SieType { get; set; }

    public string? ProgramName { get; set; }

    public string? ProgramVersion { get; set; }

    public DateOnly? GeneratedOn { get; set; }

    public string? OrganisationNumber { get; set; }

    public string? CompanyName { get; set; }

    /// <summary>#RAR by year index (0 = this year, -1 = last year).</summary>
    public Dictionary<int, SieFinancialYear> Years { get; } = [];

    /// <summary>#KONTO and #KTYP by account number.</summary>
    public Dictionary<string, SieAccount> Accounts { get; } = new(StringComparer.Ordinal);

    /// <summary>#DIM and #UNDERDIM by dimension number.</summary>
    public Dictionary<int, SieDimension> Dimensions { get; } = [];

    /// <summary>#OBJEKT by dimension and object id.</summary>
    public Dictionary<(int Dimension, string Id), string> Objects { get; } = [];

    public List<SieVoucher> Vouchers { get; } = [];

    /// <summary>#PSALDO rows; the row with an empty object list is the account's total for the period.</summary>
    public List<SiePeriodAmount> PeriodBalances { get; } = [];

    /// <summary>#PBUDGET rows; the row with an empty object list is the total.</summary>
    public List<SiePeriodAmount> PeriodBudgets { get; } = [];

    /// <summary>#RES (result per account for a year), #IB and #UB (opening and closing balances).</summary>
    public List<SieYearAmount> Results { get; } = [];

    public List<SieYearAmount> OpeningBalances { get; } = [];

    public List<SieYearAmount> ClosingBalances { get; } = [];

    public string? AccountName(string account) => Accounts.TryGetValue(account, out var a) ? a.Name : null;

    public SieAccount Account(string number)
    {
        if (!Accounts.TryGetValue(number, out var account))
        {
            Accounts[number] = account = new SieAccount(number);
        }

        return account;
    }
}

public sealed record SieFinancialYear(int Index, DateOnly? Start, DateOnly? End);

public sealed class SieAccount(string number)
{
    public string Number { get; } = number;

    public string? Name { get; set; }

    /// <summary>#KTYP: T (asset), S (debt), K (cost), I (income).</summary>
    public string? Type { get; set; }
}

/// <summary>A dimension (#DIM) or a sub-dimension (#UNDERDIM, with its parent).</summary>
public sealed record SieDimension(int Number, string Name, int? Parent = null);

/// <summary>One object in an object list: dimension 1 is by convention the cost centre (ansvar/kostnadsställe).</summary>
public sealed record SieObjectRef(int Dimension, string Id);

public sealed record SieVoucher(string Series, string Number, DateOnly Date, string Text, int Line = 0)
{
    public DateOnly? RegisteredOn { get; init; }

    public string? Signature { get; init; }

    /// <summary>The voucher's rows that count: #TRANS, and #RTRANS once (without the #TRANS copy that follows it).</summary>
    public List<SieTransaction> Transactions { get; } = [];

    /// <summary>#BTRANS: rows removed after registration; kept for the record, they do not count.</summary>
    public List<SieTransaction> RemovedTransactions { get; } = [];

    public decimal Balance => Transactions.Sum(t => t.Amount);

    public string Reference => (Series + " " + Number).Trim();

    /// <summary>A row of the voucher could not be read (its error is reported): whether the rest balances says nothing.</summary>
    public bool HasUnreadableRows { get; internal set; }
}

public enum SieTransactionKind
{
    Normal,
    Added,
    Removed,
}

public sealed record SieTransaction(string Account, IReadOnlyList<SieObjectRef> Objects, decimal Amount, int Line = 0)
{
    public DateOnly? Date { get; init; }

    public string Text { get; init; } = "";

    public decimal? Quantity { get; init; }

    public SieTransactionKind Kind { get; init; }

    public string? ObjectId(int dimension) => Objects.FirstOrDefault(o => o.Dimension == dimension)?.Id;

    /// <summary>The same booking (account, objects, amount): how an #RTRANS and its #TRANS copy are paired.</summary>
    public bool SameBookingAs(SieTransaction other) =>
        Account == other.Account && Amount == other.Amount && Objects.SequenceEqual(other.Objects);
}

public sealed record SiePeriodAmount(int YearIndex, int Period, string Account, IReadOnlyList<SieObjectRef> Objects, decimal Amount, int Line)
{
    public bool IsTotal => Objects.Count == 0;
}

public sealed record SieYearAmount(int YearIndex, string Account, decimal Amount, int Line);
