using Microsoft.EntityFrameworkCore;
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
        // Summed in SQL over whole öre (a Money member cannot be summed through LINQ); a year is at most 12 × 30 000 groups.
        var rows = await db.Database.SqlQueryRaw<ChargedRow>(
            """
            SELECT "Period", "CustomerId", "ServiceCode", CAST(SUM("Amount") AS bigint) AS "Ore"
            FROM "InvoiceLines"
            WHERE "Period" >= {0} AND "Period" <= {1} AND "Kind" IN ('Usage', 'MonthlyFee', 'Correction')
            GROUP BY "Period", "CustomerId", "ServiceCode"
            """,
            from.Key, to.Key).ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Period).ThenBy(r => r.CustomerId).ThenBy(r => r.ServiceCode, StringComparer.Ordinal)
            .Select(r => new ChargedAmount(Period.FromKey(r.Period), r.CustomerId, r.ServiceCode, Money.FromOre(r.Ore)))
            .ToList();
    }
}

internal sealed record ChargedRow(int Period, Guid CustomerId, string ServiceCode, long Ore);
