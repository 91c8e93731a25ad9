using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

/// <summary>
/// The controller's decision to give part of a service area's surplus back to its customers (återbetalning).
/// Decided once and never edited: its shares are issued as credit invoices by billing.
/// </summary>
public sealed class RefundDecision : Entity
{
    private readonly List<RefundDecisionShare> _shares = [];

    private RefundDecision()
    {
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public string AreaCode { get; private set; } = "";

    public string AreaName { get; private set; } = "";

    public Money Amount { get; private set; }

    public string Diarienummer { get; private set; } = "";

    public DateOnly DecisionDate { get; private set; }

    public string DecidedBy { get; private set; } = "";

    /// <summary>The open month whose invoices and ledger export carry the credits.</summary>
    public Period BookIn { get; private set; }

    public string Text { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    public int CreditInvoiceCount { get; private set; }

    public IReadOnlyList<RefundDecisionShare> Shares => _shares;

    /// <summary>
    /// Decides a refund for an area whose year result is known: it may not exceed what is left of the
    /// area's result before refunds once earlier refunds are counted, and someone must have been charged.
    /// </summary>
    public static RefundDecision Decide(
        RefundTerms terms,
        AreaResult area,
        IReadOnlyList<ChargedBasis> charges,
        string recordedBy,
        DateTime nowUtc)
    {
        CheckRule(new RefundMustBePositiveRule(terms.Amount));
        CheckRule(new RefundCannotExceedAreaResultRule(terms.Amount, area));
        var shares = RefundDistribution.ProRata(terms.Amount, charges);
        CheckRule(new RefundNeedsChargedCustomersRule(shares.Count, area.AreaName));

        var decision = new RefundDecision
        {
            Id = Guid.CreateVersion7(),
            Year = terms.Year,
            AreaCode = area.AreaCode,
            AreaName = area.AreaName,
            Amount = terms.Amount,
            Diarienummer = terms.Diarienummer.Trim(),
            DecisionDate = terms.DecisionDate,
            DecidedBy = terms.DecidedBy.Trim(),
            BookIn = terms.BookIn,
            Text = string.IsNullOrWhiteSpace(terms.Text) ? DefaultText(terms.Year, area.AreaName) : terms.Text.Trim(),
            RecordedBy = recordedBy,
            RecordedAtUtc = nowUtc,
        };
        decision._shares.AddRange(shares.Select(s => new RefundDecisionShare(decision.Id, s.CustomerId, s.Charged, s.Amount)));
        return decision;
    }

    public void RecordIssued(int creditInvoiceCount) => CreditInvoiceCount = creditInvoiceCount;

    private static string DefaultText(int year, string areaName) =>
        string.Format(SwedishCulture.Culture, Messages.RefundDefaultText, year, areaName);
}

/// <summary>What the controller enters when deciding a refund.</summary>
public sealed record RefundTerms(int Year, Money Amount, string Diarienummer, DateOnly DecisionDate, string DecidedBy, Period BookIn, string? Text);

/// <summary>One customer's part of a refund decision.</summary>
public sealed class RefundDecisionShare
{
    private RefundDecisionShare()
    {
    }

    public RefundDecisionShare(Guid refundDecisionId, Guid customerId, Money charged, Money amount)
    {
        RefundDecisionId = refundDecisionId;
        CustomerId = customerId;
        Charged = charged;
        Amount = amount;
    }

    public Guid RefundDecisionId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>What the customer was charged in the area during the year: the basis of its share.</summary>
    public Money Charged { get; private set; }

    public Money Amount { get; private set; }
}
