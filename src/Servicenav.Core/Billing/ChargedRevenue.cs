using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing;

/// <summary>Net charged per month × customer × service: charge invoices' lines (usage, fees, corrections), no refunds.</summary>
internal sealed class ChargedRevenue(ServicenavDb db) : IChargedRevenue
{
    public async Task<IReadOnlyList<ChargedAmount>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var from = new Period(year, 1);
        var to = new Period(year, 12);
        var rows = await db.InvoiceLines.AsNoTracking()
            .Where(l => l.Period >= from && l.Period <= to && l.Kind != InvoiceLineKind.Refund && l.Kind != InvoiceLineKind.Unpriced)
            .GroupBy(l => new { l.Period, l.CustomerId, l.ServiceCode })
            .Select(g => new { g.Key.Period, g.Key.CustomerId, g.Key.ServiceCode, Ore = g.Sum(l => l.Amount.Ore) })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Period).ThenBy(r => r.CustomerId).ThenBy(r => r.ServiceCode, StringComparer.Ordinal)
            .Select(r => new ChargedAmount(r.Period, r.CustomerId, r.ServiceCode, Money.FromOre(r.Ore)))
            .ToList();
    }
}
