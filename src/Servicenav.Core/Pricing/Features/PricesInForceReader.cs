using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>
/// The decided price list in force for a month: the one whose effective date is the latest on or before the
/// month's first day (the highest version if two share that date). Monthly fees are read within the caller's
/// customer scope, so a billing run (the system) sees every customer's fee.
/// </summary>
internal sealed class PricesInForceReader(ServicenavDb db) : IPricesInForce
{
    public async Task<PricesInForce?> ForPeriodAsync(Period period, CancellationToken cancellationToken = default)
    {
        var list = await PricingReads.InForce(db, period.FirstDay, cancellationToken);
        return list is null ? null : ToContract(list);
    }

    internal static PricesInForce ToContract(PriceList list) => new(
        list.Id,
        list.Year,
        list.Version,
        list.Decision!.Diarienummer,
        list.Decision.EffectiveFrom,
        list.Services.OrderBy(s => s.ServiceCode, StringComparer.Ordinal).Select(s => new ServicePrice(
            s.ServiceCode,
            s.Model,
            s.Unit,
            s.UnitPrice,
            list.ForecastsOf(s.ServiceCode)
                .Where(f => f.MonthlyFee is not null)
                .OrderBy(f => f.CustomerId)
                .Select(f => new CustomerMonthlyFee(f.CustomerId, f.MonthlyFee!.Value))
                .ToList())).ToList());
}

/// <summary>How the pricing module finds price lists; shared by its use cases.</summary>
internal static class PricingReads
{
    public static IQueryable<PriceList> WithContent(ServicenavDb db) =>
        db.PriceLists.Include(p => p.Services).Include(p => p.Forecasts).AsSplitQuery();

    public static Task<PriceList?> ById(ServicenavDb db, Guid id, CancellationToken ct) =>
        WithContent(db).FirstOrDefaultAsync(p => p.Id == id, ct);

    public static async Task<PriceList?> InForce(ServicenavDb db, DateOnly date, CancellationToken ct)
    {
        var id = await InForceId(db, date, ct);
        return id is null ? null : await ById(db, id.Value, ct);
    }

    public static Task<Guid?> InForceId(ServicenavDb db, DateOnly date, CancellationToken ct) =>
        db.PriceLists
            .Where(p => p.Status == PriceListStatus.Decided && p.Decision!.EffectiveFrom <= date)
            .OrderByDescending(p => p.Decision!.EffectiveFrom).ThenByDescending(p => p.Year).ThenByDescending(p => p.Version)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(ct);

    /// <summary>The decided list of a year a new draft starts from: the latest decided version of that year.</summary>
    public static Task<PriceList?> LatestDecidedOfYear(ServicenavDb db, int year, CancellationToken ct) =>
        WithContent(db)
            .Where(p => p.Year == year && p.Status == PriceListStatus.Decided)
            .OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(ct);

    public static Task<DateOnly?> LatestEffectiveFrom(ServicenavDb db, int year, CancellationToken ct) =>
        db.PriceLists
            .Where(p => p.Year == year && p.Status == PriceListStatus.Decided)
            .OrderByDescending(p => p.Decision!.EffectiveFrom)
            .Select(p => (DateOnly?)p.Decision!.EffectiveFrom)
            .FirstOrDefaultAsync(ct);
}
