namespace Servicenav.Billing;

/// <summary>
/// How internal invoices are booked in the region's ledger (the SIE and CSV exports). The defaults follow the
/// Swedish municipal/regional chart of accounts (Kommun-Bas/RS-Bas): the shared-services organisation books its
/// revenue on 3510 (intern försäljning, interna intäkter) and each customer its cost on 6590 (köpta interna
/// tjänster); a region whose chart differs registers its own instance
/// (<c>services.AddSingleton(new LedgerExportSettings { CustomerCostAccount = "7690" })</c> before
/// <c>AddServicenavCore</c>, or bind it from configuration).
/// </summary>
public sealed record LedgerExportSettings
{
    /// <summary>Name written in #FNAMN.</summary>
    public string OrganisationName { get; init; } = "Regionservice";

    /// <summary>The organisation's revenue account (credit).</summary>
    public string RevenueAccount { get; init; } = "3510";

    public string RevenueAccountName { get; init; } = "Intern försäljning av tjänster";

    /// <summary>The organisation's own ansvar on which its revenue is booked.</summary>
    public string OrganisationAnsvar { get; init; } = "9000";

    /// <summary>The organisation's own verksamhet for its revenue (optional).</summary>
    public string? OrganisationVerksamhet { get; init; }

    /// <summary>The organisation's motpart code: the counterpart on each customer's cost booking.</summary>
    public string OrganisationMotpart { get; init; } = "SERV";

    /// <summary>The customers' cost account (debit).</summary>
    public string CustomerCostAccount { get; init; } = "6590";

    public string CustomerCostAccountName { get; init; } = "Köpta interna tjänster";

    /// <summary>SIE dimension numbers. 1 (kostnadsställe/resultatenhet) and 6 (projekt) are SIE's reserved ones; 20+ are free.</summary>
    public int AnsvarDimension { get; init; } = 1;

    public int ProjektDimension { get; init; } = 6;

    public int VerksamhetDimension { get; init; } = 20;

    public int MotpartDimension { get; init; } = 21;

    public int AktivitetDimension { get; init; } = 22;
}
