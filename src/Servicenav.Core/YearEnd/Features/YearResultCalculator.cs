using Microsoft.EntityFrameworkCore;
using Servicenav.Billing;
using Servicenav.Catalog.Features;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>
/// Puts a year together month by month from the modules that own its figures: revenue from billing (what was charged
/// in each month), cost from costing (the services' self-cost, spread over the months as the cost basis booked it),
/// budgets (evenly per month) and refunds (in the month they are booked) from this module, areas from the catalogue in
/// force at the year's end. Services no longer in the catalogue are shown under an area of their own. The year is
/// the sum of its months, so until December is billed it compares what was charged with the cost and budget of the
/// same months.
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
        var costs = await selfCosts.ByMonthAsync(year, ct);
        var budgets = await db.AreaBudgets.AsNoTracking().Where(b => b.Year == year).ToListAsync(ct);
        var refunds = await db.RefundDecisions.AsNoTracking().Include(r => r.Shares).Where(r => r.Year == year).ToListAsync(ct);
        var percent = await requirement.PercentForYearAsync(year, ct);

        var lastMonth = LastMonthWithFigures(year, charges, refunds);
        var revenue = new AreaMonths(lastMonth);
        foreach (var charge in charges)
        {
            revenue.Add(AreaOf(charge.ServiceCode), charge.Period.Month, charge.Amount.Ore);
        }

        var cost = new AreaMonths(lastMonth);
        foreach (var service in costs?.Services ?? [])
        {
            for (var m = 1; m <= lastMonth; m++)
            {
                cost.Add(AreaOf(service.ServiceCode), m, service.Months[m - 1].Ore);
            }
        }

        var budget = new AreaMonths(lastMonth);
        foreach (var areaBudget in budgets)
        {
            var months = MonthSplit.Evenly(areaBudget.Result.Ore);
            for (var m = 1; m <= lastMonth; m++)
            {
                budget.Add(areaBudget.AreaCode, m, months[m - 1]);
            }
        }

        var refunded = new AreaMonths(lastMonth);
        foreach (var refund in refunds.Where(r => r.BookIn.Year == year && r.BookIn.Month <= lastMonth))
        {
            refunded.Add(refund.AreaCode, refund.BookIn.Month, refund.Amount.Ore);
        }

        var order = areaNames.Keys.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var areas = areaNames.Keys
            .Concat(revenue.Areas).Concat(cost.Areas).Concat(budget.Areas).Concat(refunds.Select(r => r.AreaCode))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(code => order.GetValueOrDefault(code, int.MaxValue))
            .Select(code => (Code: code, Name: areaNames.GetValueOrDefault(code) ?? refunds.FirstOrDefault(r => r.AreaCode == code)?.AreaName ?? Messages.UnknownArea))
            .ToList();

        var monthResults = Enumerable.Range(1, lastMonth)
            .Select(m => new MonthResult(
                new Period(year, m),
                [.. areas.Select(a => new AreaResult(a.Code, a.Name, revenue.In(a.Code, m), cost.In(a.Code, m), budget.In(a.Code, m), refunded.In(a.Code, m)))]))
            .ToList();
        // The year is the sum of its months, with every refund decided for it (one booked in the next year included).
        var yearAreas = areas
            .Select(a => AreaResult.Sum(a.Code, a.Name, [.. monthResults.Select(month => month.Areas.Single(x => x.AreaCode == a.Code))]) with
            {
                Refunds = Money.Sum(refunds.Where(r => string.Equals(r.AreaCode, a.Code, StringComparison.OrdinalIgnoreCase)).Select(r => r.Amount)),
            })
            .ToList();

        var chargedByArea = charges
            .GroupBy(c => AreaOf(c.ServiceCode), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ChargedBasis>)g.GroupBy(c => c.CustomerId).Select(c => new ChargedBasis(c.Key, Money.Sum(c.Select(x => x.Amount)))).ToList(),
                StringComparer.OrdinalIgnoreCase);

        var sources = new YearResultSources(costs?.Basis, costs?.CalculatedAtUtc, charges.Count > 0, budgets.Count > 0, lastMonth, costs?.BookedAsYearTotals ?? false);
        return new YearFigures(new YearEndResult(year, yearAreas, percent, monthResults), chargedByArea, refunds, sources);
    }

    /// <summary>The last month billed or with a refund booked (December when the year has neither yet).</summary>
    private static int LastMonthWithFigures(int year, IReadOnlyList<ChargedAmount> charges, IReadOnlyList<RefundDecision> refunds)
    {
        var months = charges.Select(c => c.Period.Month).Concat(refunds.Where(r => r.BookIn.Year == year).Select(r => r.BookIn.Month)).ToList();
        return months.Count == 0 ? 12 : months.Max();
    }

    /// <summary>Öre per area code and month (1 to the last month shown); months after it are not added.</summary>
    private sealed class AreaMonths(int lastMonth)
    {
        private readonly Dictionary<string, long[]> _ore = new(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<string> Areas => _ore.Keys;

        public void Add(string areaCode, int month, long ore)
        {
            if (month > lastMonth)
            {
                return;
            }

            if (!_ore.TryGetValue(areaCode, out var months))
            {
                _ore[areaCode] = months = new long[lastMonth];
            }

            months[month - 1] += ore;
        }

        public Money In(string areaCode, int month) => Money.FromOre(_ore.GetValueOrDefault(areaCode)?[month - 1] ?? 0);
    }
}

internal sealed record YearFigures(
    YearEndResult Result,
    IReadOnlyDictionary<string, IReadOnlyList<ChargedBasis>> ChargedByArea,
    IReadOnlyList<RefundDecision> Refunds,
    YearResultSources Sources)
{
    public IReadOnlyList<ChargedBasis> ChargesIn(string areaCode) => ChargedByArea.GetValueOrDefault(areaCode) ?? [];
}
