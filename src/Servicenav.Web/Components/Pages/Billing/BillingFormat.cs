using Servicenav.Billing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.Billing;

/// <summary>How billing values read on screen (sv-SE).</summary>
internal static class BillingFormat
{
    public static string Kronor(decimal amount) => Money.Sek(amount).ToString();

    public static string Status(BillingPeriodStatus status) =>
        status == BillingPeriodStatus.Closed ? Servicenav.Billing.BillingMessages.Status_Closed : Servicenav.Billing.BillingMessages.Status_Open;

    public static string Kind(InvoiceKind kind) => ExportInvoicesKind(kind);

    public static string LineKind(InvoiceLineKind kind) => kind switch
    {
        InvoiceLineKind.MonthlyFee => Servicenav.Billing.BillingMessages.Line_MonthlyFee,
        InvoiceLineKind.Correction => Servicenav.Billing.BillingMessages.Line_Correction,
        InvoiceLineKind.Refund => Servicenav.Billing.BillingMessages.Line_Refund,
        _ => Servicenav.Billing.BillingMessages.Line_Usage,
    };

    public static string Account(params string?[] parts) =>
        string.Join(" / ", parts.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } text ? text : "–";

    public static string Quantity(decimal quantity) => SwedishCulture.Number(quantity, quantity == decimal.Truncate(quantity) ? 0 : 3);

    private static string ExportInvoicesKind(InvoiceKind kind) =>
        kind == InvoiceKind.Refund ? Servicenav.Billing.BillingMessages.Invoice_Refund : Servicenav.Billing.BillingMessages.Invoice_Charge;
}
