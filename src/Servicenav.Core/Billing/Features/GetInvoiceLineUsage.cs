using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>Drill-down from a specification line to the usage rows it charges (a page of them, and how many there are).</summary>
public sealed record GetInvoiceLineUsage(long LineId, int Skip = 0, int Take = 500) : IRequest<Result<InvoiceLineUsage>>;

internal sealed class GetInvoiceLineUsageHandler(ServicenavDb db) : IHandler<GetInvoiceLineUsage, Result<InvoiceLineUsage>>
{
    public async Task<Result<InvoiceLineUsage>> Handle(GetInvoiceLineUsage request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingRead))
        {
            return Result<InvoiceLineUsage>.Forbidden();
        }

        var line = await db.InvoiceLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == request.LineId, cancellationToken);
        if (line is null)
        {
            return Result<InvoiceLineUsage>.NotFound();
        }

        var usage = await BillingReads.UsageOf(db, line, cancellationToken);
        var total = await usage.CountAsync(cancellationToken);
        var rows = await usage.OrderBy(u => u.SourceReference)
            .Skip(Math.Max(0, request.Skip)).Take(Math.Clamp(request.Take, 1, 5000))
            .ToListAsync(cancellationToken);
        return new InvoiceLineUsage(BillingReads.View(line), total, rows.Select(BillingReads.UsageView).ToList());
    }
}
