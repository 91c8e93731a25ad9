using Servicenav.Access;
using Servicenav.Billing.Data;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// Closes (locks) a month after its final run. Refused while usage has arrived that the last run did not charge,
/// and while a run of the month is under way.
/// </summary>
public sealed record CloseBillingPeriod(Period Period) : IRequest<Result<BillingPeriodSummary>>;

internal sealed class CloseBillingPeriodHandler(ServicenavDb db, BillingRunSql sql, TimeProvider clock)
    : IHandler<CloseBillingPeriod, Result<BillingPeriodSummary>>
{
    public async Task<Result<BillingPeriodSummary>> Handle(CloseBillingPeriod request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage))
        {
            return Result<BillingPeriodSummary>.Forbidden();
        }

        await using var transaction = await BillingLock.BeginExclusiveAsync(db, request.Period, cancellationToken);
        var period = await db.BillingPeriods.FindAsync([request.Period], cancellationToken) ?? new BillingPeriod(request.Period);
        var usageNow = await sql.UsageCountAsync(request.Period, cancellationToken);
        period.Close(usageNow, clock.GetUtcNow().UtcDateTime, db.User.UserName);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ListBillingPeriodsHandler.Summary(period);
    }
}
