using Servicenav.Billing.Domain;

namespace Servicenav.Billing.Features;

/// <summary>A billing month as the controller's list shows it. <see cref="Period"/> is "yyyy-mm".</summary>
public sealed record BillingPeriodSummary(
    string Period, BillingPeriodStatus Status, DateTime? LastRunAtUtc, string? LastRunBy, long UsageCharged,
    int InvoiceCount, decimal Total, DateTime? ClosedAtUtc, string? ClosedBy);

public sealed record BillingRunSummary(string Period, Guid RunId, int Invoices, int Lines, long UsageRecords, decimal Total);

public sealed record InvoiceSummary(
    Guid Id, string Period, Guid CustomerId, string CustomerName, InvoiceKind Kind, string Text, decimal Total, int LineCount, bool IsFinal);

public sealed record InvoiceDetails(
    InvoiceSummary Invoice, string? Ansvar, string? Verksamhet, string? Motpart, string? Projekt, string? Aktivitet, IReadOnlyList<InvoiceLineView> Lines);

/// <summary>
/// One specification line with what it traces back to: the usage (drill down with its id), the price-list
/// version, and the page that shows what builds up the price (<see cref="PriceBuildUpUrl"/>).
/// </summary>
public sealed record InvoiceLineView(
    long Id, InvoiceLineKind Kind, string ServiceCode, string Text, decimal Quantity, string Unit, decimal UnitPrice, decimal Amount,
    string? Ansvar, string? Verksamhet, string? Projekt, string? Aktivitet, long UsageCount, string UsagePeriod,
    Guid? PriceListId, int? PriceListYear, int? PriceListVersion, string? Diarienummer, long? OriginalLineId, string? PriceBuildUpUrl);

public sealed record UsageRowView(
    Guid Id, string Period, string ServiceCode, decimal Quantity, string Unit, string SourceReference, string? CorrectsSourceReference,
    string? Ansvar, string? Verksamhet, string? Projekt, string? Aktivitet, string? OrganisationUnit, DateTime ReceivedAtUtc);

public sealed record InvoiceLineUsage(InvoiceLineView Line, int TotalRows, IReadOnlyList<UsageRowView> Rows);
