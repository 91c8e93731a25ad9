using Microsoft.EntityFrameworkCore;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing;

internal sealed class ClosedPeriods(ServicenavDb db) : IClosedPeriods
{
    public async Task<IReadOnlySet<Period>> ClosedAsync(CancellationToken cancellationToken = default)
    {
        var closed = await db.BillingPeriods.AsNoTracking()
            .Where(p => p.Status == BillingPeriodStatus.Closed)
            .Select(p => p.Period)
            .ToListAsync(cancellationToken);
        return closed.ToHashSet();
    }
}
