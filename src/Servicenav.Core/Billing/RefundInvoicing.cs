using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>
/// Books a decided refund as one credit invoice per customer in an open month (kind Refund), which that month's
/// ledger export then books like any other invoice. Saved through the caller's context (and its transaction).
/// </summary>
internal sealed class RefundInvoicing(ServicenavDb db, TimeProvider clock) : IRefundInvoicing
{
    public async Task<IReadOnlyList<Guid>> IssueAsync(RefundIssue issue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var period = await db.BillingPeriods.FindAsync([issue.BookIn], cancellationToken);
        period?.EnsureOpen();
        var issued = await db.Invoices.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter])
            .AnyAsync(i => i.RefundDecisionId == issue.RefundDecisionId, cancellationToken);
        if (issued)
        {
            throw new BusinessRuleException(new RefundIssuedOnceRule(issue.RefundDecisionId, true));
        }

        var customerIds = issue.Shares.Select(s => s.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter])
            .Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        foreach (var share in issue.Shares.Where(s => s.Amount != Money.Zero))
        {
            if (share.Amount < Money.Zero)
            {
                throw new ValidationFailedException("shares", string.Format(SwedishCulture.Culture, BillingMessages.RefundAmountPositive, share.CustomerId));
            }

            if (!customers.TryGetValue(share.CustomerId, out var customer))
            {
                throw new ValidationFailedException("shares", Messages.CustomerNotFound);
            }

            var text = $"{BillingMessages.Invoice_Refund} {issue.Year} {issue.AreaName}: {issue.Text}".Trim();
            var invoice = Invoice.Refund(customer.Id, issue.BookIn, customer.Name, BillingReads.AccountOf(customer), issue.RefundDecisionId, text, share.Amount, now);
            db.Invoices.Add(invoice);
            db.InvoiceLines.Add(new InvoiceLine(invoice, InvoiceLineKind.Refund, "", text, UsageRecord.MilliPerUnit, "", -share.Amount, -share.Amount));
            ids.Add(invoice.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }
}
