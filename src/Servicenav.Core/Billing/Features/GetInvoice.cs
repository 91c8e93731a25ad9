using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>An invoice with its specification. Another customer's invoice is not found (customer scope).</summary>
public sealed record GetInvoice(Guid InvoiceId) : IRequest<Result<InvoiceDetails>>;

internal sealed class GetInvoiceHandler(ServicenavDb db) : IHandler<GetInvoice, Result<InvoiceDetails>>
{
    public async Task<Result<InvoiceDetails>> Handle(GetInvoice request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingRead))
        {
            return Result<InvoiceDetails>.Forbidden();
        }

        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken);
        if (invoice is null)
        {
            return Result<InvoiceDetails>.NotFound();
        }

        var lines = await db.InvoiceLines.AsNoTracking().Where(l => l.InvoiceId == invoice.Id).ToListAsync(cancellationToken);
        var closed = await BillingReads.ClosedPeriods(db, cancellationToken);
        var a = invoice.Account;
        return new InvoiceDetails(
            ListInvoicesHandler.Summary(invoice, lines.Count, closed), a.Ansvar, a.Verksamhet, a.Motpart, a.Projekt, a.Aktivitet,
            lines.OrderBy(l => l.Kind).ThenBy(l => l.ServiceCode, StringComparer.Ordinal).ThenBy(l => l.Id).Select(BillingReads.View).ToList());
    }
}
