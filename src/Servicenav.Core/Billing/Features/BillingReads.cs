using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Domain;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>Queries the billing use cases share. All go through EF, so the customer scope applies.</summary>
internal static class BillingReads
{
    public static InvoiceAccount AccountOf(Customer customer) => customer.AccountString is { } a
        ? new InvoiceAccount(a.Ansvar, a.Verksamhet, a.Motpart, a.Projekt, a.Aktivitet)
        : InvoiceAccount.None;

    public static async Task<HashSet<Period>> ClosedPeriods(ServicenavDb db, CancellationToken ct) =>
        (await db.BillingPeriods.AsNoTracking().Where(p => p.Status == BillingPeriodStatus.Closed).Select(p => p.Period).ToListAsync(ct)).ToHashSet();

    public static string? BuildUpUrl(InvoiceLine line) =>
        line.PriceListYear is { } year && line.ServiceCode.Length > 0
            ? $"/kalkyl/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/tjanst/{Uri.EscapeDataString(line.ServiceCode)}"
            : null;

    public static Features.InvoiceLineView View(InvoiceLine l) => new(
        l.Id, l.Kind, l.ServiceCode, l.Text, l.Quantity, l.Unit, l.UnitPrice.Kronor, l.Amount.Kronor, l.Ansvar, l.Verksamhet, l.Projekt,
        l.Aktivitet, l.UsageCount, l.UsagePeriod.ToString(), l.PriceListId, l.PriceListYear, l.PriceListVersion, l.Diarienummer,
        l.OriginalLineId, BuildUpUrl(l));

    /// <summary>
    /// The usage rows behind a line, selected again by month, customer, service and account string. A usage
    /// line excludes the month's corrections of closed months (those are on correction lines); a correction line
    /// takes exactly those corrections whose corrected record is on its original line.
    /// </summary>
    public static async Task<IQueryable<UsageRecord>> UsageOf(ServicenavDb db, InvoiceLine line, CancellationToken ct)
    {
        var usage = db.UsageRecords.AsNoTracking();
        switch (line.Kind)
        {
            case InvoiceLineKind.Usage:
                return usage.Where(u => u.Period == line.UsagePeriod && u.CustomerId == line.CustomerId && u.ServiceCode == line.ServiceCode
                    && u.Ansvar == line.Ansvar && u.Verksamhet == line.Verksamhet && u.Projekt == line.Projekt && u.Aktivitet == line.Aktivitet
                    && (u.CorrectsSourceReference == null || !db.UsageRecords.Any(o =>
                        o.SourceReference == u.CorrectsSourceReference && db.BillingPeriods.Any(bp => bp.Period == o.Period && bp.Status == BillingPeriodStatus.Closed))));
            case InvoiceLineKind.Correction when line.OriginalLineId is { } originalId:
                var original = await db.InvoiceLines.AsNoTracking().FirstAsync(l => l.Id == originalId, ct);
                return usage.Where(u => u.Period == line.UsagePeriod && u.CorrectsSourceReference != null
                    && db.UsageRecords.Any(o => o.SourceReference == u.CorrectsSourceReference && o.Period == original.UsagePeriod
                        && o.CustomerId == original.CustomerId && o.ServiceCode == original.ServiceCode && o.Ansvar == original.Ansvar
                        && o.Verksamhet == original.Verksamhet && o.Projekt == original.Projekt && o.Aktivitet == original.Aktivitet));
            default:
                return usage.Where(u => false);
        }
    }

    public static Features.UsageRowView UsageView(UsageRecord u) => new(
        u.Id, u.Period.ToString(), u.ServiceCode, u.Quantity, u.Unit, u.SourceReference, u.CorrectsSourceReference,
        u.Ansvar, u.Verksamhet, u.Projekt, u.Aktivitet, u.OrganisationUnit, u.ReceivedAtUtc);
}
