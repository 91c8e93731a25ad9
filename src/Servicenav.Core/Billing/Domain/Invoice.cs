using Servicenav.SharedKernel;

namespace Servicenav.Billing.Domain;

public enum InvoiceKind
{
    /// <summary>The month's internal invoice from the billing run (usage, monthly fees, corrections).</summary>
    Charge,

    /// <summary>A year-end refund (credit) issued through <see cref="IRefundInvoicing"/>.</summary>
    Refund,
}

/// <summary>
/// One internal invoice to one customer for one month. Charge invoices are written by the billing run in bulk
/// (a re-run of an open month replaces them); refund invoices by the refund decision. The customer's name and
/// account string are copied from the customer register when the invoice is made, so the ledger export and
/// the specification show what was valid then.
/// </summary>
public sealed class Invoice : ICustomerOwned
{
    private Invoice()
    {
    }

    internal Invoice(Guid id, Guid customerId, Period period, InvoiceKind kind, string customerName, InvoiceAccount account, DateTime createdAtUtc)
    {
        Id = id;
        CustomerId = customerId;
        Period = period;
        Kind = kind;
        CustomerName = customerName;
        Account = account;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Period Period { get; private set; }

    public InvoiceKind Kind { get; private set; }

    /// <summary>The run that wrote a charge invoice.</summary>
    public Guid? RunId { get; private set; }

    /// <summary>The refund decision behind a refund invoice (unique per customer).</summary>
    public Guid? RefundDecisionId { get; private set; }

    public string Text { get; private set; } = "";

    public string CustomerName { get; private set; } = "";

    /// <summary>The customer's account string (its cost booking) when the invoice was made.</summary>
    public InvoiceAccount Account { get; private set; } = InvoiceAccount.None;

    public Money Total { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Invoice Refund(Guid customerId, Period period, string customerName, InvoiceAccount account, Guid decisionId, string text, Money credit, DateTime nowUtc)
    {
        var invoice = new Invoice(Guid.CreateVersion7(), customerId, period, InvoiceKind.Refund, customerName, account, nowUtc)
        {
            RefundDecisionId = decisionId,
            Text = text,
            Total = -credit,
        };
        return invoice;
    }
}

/// <summary>A konteringssträng as copied onto an invoice (all parts optional: a customer may not have one yet).</summary>
public sealed record InvoiceAccount(string? Ansvar, string? Verksamhet, string? Motpart, string? Projekt, string? Aktivitet)
{
    public static InvoiceAccount None { get; } = new(null, null, null, null, null);
}
