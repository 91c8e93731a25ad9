using Microsoft.EntityFrameworkCore;
using Servicenav.Billing;
using Servicenav.Catalog.Features;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>
/// Puts a year together from the modules that own its figures: revenue from billing (what was charged), cost
/// from costing (the services' self-cost), budgets and refunds from this module, areas from the catalogue in
/// force at the year's end. Services no longer in the catalogue are shown under an area of their own.
/// </summary>
internal sealed class YearResultCalculator(ServicenavDb db, IChargedRevenue chargedRevenue, IServiceSelfCosts selfCosts, IResultRequirementSource requirement)
{
    public const string UnknownAreaCode = "?";

    public async Task<YearFigures> Calculate(int year, CancellationToken ct)
    {
        var catalog = await CatalogReads.Current(db, new DateOnly(year, 12, 31), ct);
        var areaNames = catalog?.Areas.OrderBy(a => a.SortOrder).ToDictionary(a => a.Code, a => a.Name, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var areaOfService = catalog?.Services.ToDictionary(s => s.Code, s => s.AreaCode, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string AreaOf(string serviceCode) => areaOfService.GetValueOrDefault(serviceCode) ?? UnknownAreaCode;

        var charges = await chargedRevenue.ForYearAsync(year, ct);
        var costs = await selfCosts.ForYearAsync(year, ct);
        var budgets = await db.AreaBudgets.AsNoTracking().Where(b => b.Year == year).ToListAsync(ct);
        var refunds = await db.RefundDecisions.AsNoTracking().Include(r => r.Shares).Where(r => r.Year == year).ToListAsync(ct);
        var percent = await requirement.PercentForYearAsync(year, ct);

        var revenueByArea = charges.GroupBy(c => AreaOf(c.ServiceCode)).ToDictionary(g => g.Key, g => Sum(g.Select(c => c.Amount)));
        // Until December is billed, revenue covers only the months billed so far: compare it with the same share
        // of the year's self-cost (accrued evenly), not with the whole year's.
        var costMonths = charges.Count == 0 ? 12 : charges.Max(c => c.Period.Month);
        var costByArea = (costs?.Services ?? []).GroupBy(s => AreaOf(s.ServiceCode))
            .ToDictionary(g => g.Key, g => Sum(g.Select(s => s.Total)).Times(costMonths / 12m));
        var codes = areaNames.Keys
            .Concat(revenueByArea.Keys).Concat(costByArea.Keys).Concat(budgets.Select(b => b.AreaCode)).Concat(refunds.Select(r => r.AreaCode))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var order = areaNames.Keys.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.OrdinalIgnoreCase);

        var areas = codes
            .OrderBy(code => order.GetValueOrDefault(code, int.MaxValue))
            .Select(code => new AreaResult(
                code,
                areaNames.GetValueOrDefault(code) ?? refunds.FirstOrDefault(r => r.AreaCode == code)?.AreaName ?? Messages.UnknownArea,
                revenueByArea.GetValueOrDefault(code),
                costByArea.GetValueOrDefault(code),
                budgets.FirstOrDefault(b => string.Equals(b.AreaCode, code, StringComparison.OrdinalIgnoreCase))?.Result ?? Money.Zero,
                Sum(refunds.Where(r => string.Equals(r.AreaCode, code, StringComparison.OrdinalIgnoreCase)).Select(r => r.Amount))))
            .ToList();

        var months = charges
            .GroupBy(c => (c.Period, Area: AreaOf(c.ServiceCode)))
            .Select(g => new MonthRevenueDto(g.Key.Period, g.Key.Area, Sum(g.Select(c => c.Amount))))
            .OrderBy(m => m.Period.Key).ThenBy(m => order.GetValueOrDefault(m.AreaCode, int.MaxValue))
            .ToList();

        var chargedByArea = charges
            .GroupBy(c => AreaOf(c.ServiceCode), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ChargedBasis>)g.GroupBy(c => c.CustomerId).Select(c => new ChargedBasis(c.Key, Sum(c.Select(x => x.Amount)))).ToList(),
                StringComparer.OrdinalIgnoreCase);

        var sources = new YearResultSources(costs?.Basis, costs?.CalculatedAtUtc, charges.Count > 0, budgets.Count > 0, costMonths);
        return new YearFigures(new YearEndResult(year, areas, percent), months, chargedByArea, refunds, sources);
    }

    private static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (sum, m) => sum + m);
}

internal sealed record YearFigures(
    YearEndResult Result,
    IReadOnlyList<MonthRevenueDto> Months,
    IReadOnlyDictionary<string, IReadOnlyList<ChargedBasis>> ChargedByArea,
    IReadOnlyList<RefundDecision> Refunds,
    YearResultSources Sources)
{
    public IReadOnlyList<ChargedBasis> ChargesIn(string areaCode) => ChargedByArea.GetValueOrDefault(areaCode) ?? [];
}
