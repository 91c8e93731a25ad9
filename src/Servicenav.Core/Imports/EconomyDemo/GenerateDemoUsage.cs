using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Billing.Features;
using Servicenav.Catalog.Domain;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Imports.EconomyDemo;

/// <summary>
/// Demo only: a month of plausible usage for the per-unit, hourly and hybrid services of the year's decided price
/// list — each forecast customer uses about a twelfth of its yearly volume, varied by season — sent through the
/// same validated import as any sending system (idempotent by source reference).
/// </summary>
public sealed record GenerateDemoUsage(Period Period) : IRequest<Result<UsageImportResult>>;

internal sealed class GenerateDemoUsageHandler(ServicenavDb db, IHandler<ImportUsage, Result<UsageImportResult>> import) : IHandler<GenerateDemoUsage, Result<UsageImportResult>>
{
    // Fewer hours and meals in the summer months, more in the autumn: Swedish public-sector seasons.
    private static readonly decimal[] Season = [1.00m, 1.02m, 1.05m, 1.00m, 0.98m, 0.90m, 0.62m, 0.85m, 1.08m, 1.10m, 1.12m, 0.96m];

    public async Task<Result<UsageImportResult>> Handle(GenerateDemoUsage request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage) || db.User.IsCustomerScoped)
        {
            return Result<UsageImportResult>.Forbidden();
        }

        var period = request.Period;
        var list = await db.PriceLists.AsNoTracking()
            .Include(p => p.Services).Include(p => p.Forecasts)
            .Where(p => p.Year == period.Year && p.Status == PriceListStatus.Decided)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (list is null)
        {
            return Result<UsageImportResult>.NotFound();
        }

        var metered = list.Services
            .Where(s => s.Model is PriceModel.PerUnit or PriceModel.Hourly or PriceModel.Hybrid && s.Unit is not null && s.UnitPrice is not null)
            .ToDictionary(s => s.ServiceCode, StringComparer.OrdinalIgnoreCase);
        var rows = list.Forecasts
            .Where(f => f.Quantity > 0 && metered.ContainsKey(f.ServiceCode))
            .OrderBy(f => f.ServiceCode, StringComparer.Ordinal).ThenBy(f => f.CustomerId)
            .Select(f => new UsageRowInput
            {
                Customer = f.CustomerId.ToString(),
                Service = f.ServiceCode,
                Period = period.ToString(),
                Quantity = Math.Round(f.Quantity / 12m * Season[period.Month - 1] * Jitter(f.CustomerId, f.ServiceCode, period), 0, MidpointRounding.AwayFromZero),
                Unit = metered[f.ServiceCode].Unit,
                SourceReference = string.Create(CultureInfo.InvariantCulture, $"demo:{period}:{f.CustomerId:N}:{f.ServiceCode}"),
            })
            .Where(r => r.Quantity > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return new UsageImportResult(true, null, 0, 0, 0, [], [], 0);
        }

        return await import.Handle(new ImportUsage { SourceName = "Demo: verksamhetssystemen", Rows = rows }, cancellationToken);
    }

    /// <summary>±10 %, the same every time for a customer, service and month.</summary>
    private static decimal Jitter(Guid customer, string service, Period period)
    {
        var hash = (uint)HashCode.Combine(customer.GetHashCode(), StringComparer.Ordinal.GetHashCode(service), period.Key);
        return 0.90m + (hash % 2001) / 10_000m;
    }
}
