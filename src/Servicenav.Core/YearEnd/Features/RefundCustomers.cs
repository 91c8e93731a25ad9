using Microsoft.EntityFrameworkCore;
using Servicenav.Data;

namespace Servicenav.YearEnd.Features;

internal static class RefundCustomers
{
    public static async Task<IReadOnlyDictionary<Guid, string>> Names(ServicenavDb db, IEnumerable<Guid> customerIds, CancellationToken ct)
    {
        var ids = customerIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }
}
