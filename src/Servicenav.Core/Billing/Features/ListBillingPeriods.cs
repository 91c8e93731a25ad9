using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// The billing months of a year with their status and last run, plus any month that has usage or a run.
/// Months without a row are open and not yet run.
/// </summary>
public sealed record ListBillingPeriods(int Year) : IRequest<Result<IReadOnlyList<BillingPeriodSummary>>>;

internal sealed class ListBillingPeriodsHandler(ServicenavDb db) : IHandler<ListBillingPeriods, Result<IReadOnlyList<BillingPeriodSummary>>>
{
    public async Task<Result<IReadOnlyList<BillingPeriodSummary>>> Handle(ListBillingPeriods request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage))
        {
            return Result<IReadOnlyList<BillingPeriodSummary>>.Forbidden();
        }

        var from = new Period(request.Year, 1);
        var to = new Period(request.Year, 12);
        var periods = await db.BillingPeriods.AsNoTracking().Where(p => p.Period >= from && p.Period <= to).ToDictionaryAsync(p => p.Period, cancellationToken);
        return Period.MonthsOf(request.Year)
            .Select(month => periods.TryGetValue(month, out var p) ? Summary(p) : Summary(new BillingPeriod(month)))
            .ToList();
    }

    public static BillingPeriodSummary Summary(BillingPeriod p) => new(
        p.Period.ToString(), p.Status, p.LastRunAtUtc, p.LastRunBy, p.LastRunUsageCount, p.LastRunInvoiceCount, p.LastRunTotal.Kronor,
        p.ClosedAtUtc, p.ClosedBy);
}
