using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// Invoices, newest month first, optionally for one month or one customer. A Beställare sees only its own
/// customer's (the customer scope); staff with ChargingRead see all.
/// </summary>
public sealed record ListInvoices(Period? Period = null, Guid? CustomerId = null) : IRequest<Result<IReadOnlyList<InvoiceSummary>>>;

internal sealed class ListInvoicesHandler(ServicenavDb db) : IHandler<ListInvoices, Result<IReadOnlyList<InvoiceSummary>>>
{
    public async Task<Result<IReadOnlyList<InvoiceSummary>>> Handle(ListInvoices request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingRead))
        {
            return Result<IReadOnlyList<InvoiceSummary>>.Forbidden();
        }

        var invoices = db.Invoices.AsNoTracking();
        if (request.Period is { } period)
        {
            invoices = invoices.Where(i => i.Period == period);
        }

        if (request.CustomerId is { } customerId)
        {
            invoices = invoices.Where(i => i.CustomerId == customerId);
        }

        var rows = await invoices
            .Select(i => new { Invoice = i, Lines = db.InvoiceLines.Count(l => l.InvoiceId == i.Id) })
            .ToListAsync(cancellationToken);
        var closed = await BillingReads.ClosedPeriods(db, cancellationToken);
        return rows
            .OrderByDescending(r => r.Invoice.Period).ThenBy(r => r.Invoice.CustomerName, StringComparer.Create(SwedishCulture.Culture, true))
            .ThenBy(r => r.Invoice.Kind)
            .Select(r => Summary(r.Invoice, r.Lines, closed))
            .ToList();
    }

    public static InvoiceSummary Summary(Domain.Invoice i, int lineCount, HashSet<Period> closed) => new(
        i.Id, i.Period.ToString(), i.CustomerId, i.CustomerName, i.Kind, i.Text, i.Total.Kronor, lineCount, closed.Contains(i.Period));
}
