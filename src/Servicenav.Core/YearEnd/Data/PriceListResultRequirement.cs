using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.Pricing.Domain;

namespace Servicenav.YearEnd.Data;

/// <summary>The year's result requirement is the one in its latest decided price list (pricing sets it per year).</summary>
internal sealed class PriceListResultRequirement(ServicenavDb db) : IResultRequirementSource
{
    public async Task<decimal?> PercentForYearAsync(int year, CancellationToken cancellationToken = default) =>
        await db.PriceLists.AsNoTracking()
            .Where(p => p.Year == year && p.Status != PriceListStatus.Draft)
            .OrderByDescending(p => p.Version)
            .Select(p => (decimal?)p.ResultRequirementPercent)
            .FirstOrDefaultAsync(cancellationToken);
}
