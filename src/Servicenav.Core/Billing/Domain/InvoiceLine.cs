using Servicenav.SharedKernel;

namespace Servicenav.Billing.Domain;

public enum InvoiceLineKind
{
    /// <summary>Usage × unit price, one line per customer × service × account string.</summary>
    Usage,

    /// <summary>A fixed monthly fee from the price list (fixed and hybrid price models).</summary>
    MonthlyFee,

    /// <summary>A credit or debit in an open month for usage that corrects a record of a closed month.</summary>
    Correction,

    /// <summary>A year-end refund (credit).</summary>
    Refund,
}

/// <summary>
/// One line of an invoice's specification. Written by the billing run with one set-based
/// bulk write (COPY / one prepared insert), so its key is a database-generated number rather than a Guid made in C#.
/// Every line traces back to its usage (<see cref="UsagePeriod"/>, customer, service and account string select
/// the usage rows again) and to the price-list version it was priced with.
/// </summary>
public sealed class InvoiceLine : ICustomerOwned
{
    private InvoiceLine()
    {
    }

    internal InvoiceLine(Invoice invoice, InvoiceLineKind kind, string serviceCode, string text, long quantityMilli, string unit, Money unitPrice, Money amount)
    {
        InvoiceId = invoice.Id;
        CustomerId = invoice.CustomerId;
        Period = invoice.Period;
        UsagePeriod = invoice.Period;
        Kind = kind;
        ServiceCode = serviceCode;
        Text = text;
        QuantityMilli = quantityMilli;
        Unit = unit;
        UnitPrice = unitPrice;
        Amount = amount;
    }

    public long Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The month the line is charged in.</summary>
    public Period Period { get; private set; }

    /// <summary>The month whose usage the line charges (a correction's: the month of the correction records).</summary>
    public Period UsagePeriod { get; private set; }

    public Guid? RunId { get; private set; }

    public InvoiceLineKind Kind { get; private set; }

    public string ServiceCode { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>Quantity × 1000 (as usage records store it).</summary>
    public long QuantityMilli { get; private set; }

    public decimal Quantity => QuantityMilli / (decimal)UsageRecord.MilliPerUnit;

    public string Unit { get; private set; } = "";

    public Money UnitPrice { get; private set; }

    /// <summary>Quantity × unit price rounded to öre (half away from zero); negative for credits.</summary>
    public Money Amount { get; private set; }

    /// <summary>The account string the usage asked for; null parts fall back to the customer's own.</summary>
    public string? Ansvar { get; private set; }

    public string? Verksamhet { get; private set; }

    public string? Projekt { get; private set; }

    public string? Aktivitet { get; private set; }

    /// <summary>How many usage records the line sums.</summary>
    public long UsageCount { get; private set; }

    public Guid? PriceListId { get; private set; }

    public int? PriceListYear { get; private set; }

    public int? PriceListVersion { get; private set; }

    public string? Diarienummer { get; private set; }

    /// <summary>For a correction: the line of the closed month it corrects.</summary>
    public long? OriginalLineId { get; private set; }

    /// <summary>Amount in öre of quantity (thousandths) × unit price (öre), rounded half away from zero — the rule the SQL also uses.</summary>
    public static long AmountOre(long quantityMilli, long unitPriceOre)
    {
        var product = quantityMilli * unitPriceOre;
        return product >= 0 ? (product + 500) / 1000 : -((-product + 500) / 1000);
    }
}
