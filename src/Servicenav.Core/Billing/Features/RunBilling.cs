using Servicenav.Access;
using Servicenav.Billing.Data;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.Pricing;
using Servicenav.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Servicenav.Billing.Features;

/// <summary>
/// The monthly billing run: the month's usage × the price list in force → one internal invoice per customer with
/// its specification. Repeatable (a draft month's invoices are replaced: same result, usage charged once), atomic
/// (one transaction) and exclusive (a second run of the same month at the same time is refused).
/// </summary>
public sealed record RunBilling(Period Period) : IRequest<Result<BillingRunSummary>>;

internal sealed class RunBillingHandler(ServicenavDb db, BillingRunSql sql, IPricesInForce pricesInForce, IBillingRunProbe probe, TimeProvider clock)
    : IHandler<RunBilling, Result<BillingRunSummary>>
{
    public async Task<Result<BillingRunSummary>> Handle(RunBilling request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage))
        {
            return Result<BillingRunSummary>.Forbidden();
        }

        var period = request.Period;
        var prices = await pricesInForce.ForPeriodAsync(period, cancellationToken);
        if (prices is null)
        {
            throw new BusinessRuleException(new PriceListMustBeInForceRule(period, false));
        }

        var customers = (await db.Customers.AsNoTracking().ToListAsync(cancellationToken))
            .Select(c => new BillableCustomer(c.Id, c.Name, BillingReads.AccountOf(c)))
            .ToList();

        await using var transaction = await BillingLock.BeginExclusiveAsync(db, period, cancellationToken);
        var billingPeriod = await db.BillingPeriods.FindAsync([period], cancellationToken);
        if (billingPeriod is null)
        {
            billingPeriod = new BillingPeriod(period);
            db.BillingPeriods.Add(billingPeriod);
        }

        billingPeriod.EnsureOpen();
        var runId = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        await sql.DeleteDraftAsync(period, cancellationToken);
        var invoices = await sql.InsertInvoicesAsync(runId, period, customers, now, cancellationToken);
        var corrections = await sql.HasCorrectionsAsync(period, cancellationToken);
        var tally = new RunTally();
        await sql.InsertUsageLinesAsync(runId, period, prices, invoices, corrections, tally, cancellationToken);
        if (corrections)
        {
            await sql.InsertCorrectionLinesAsync(runId, period, cancellationToken);
        }

        await sql.InsertMonthlyFeeLinesAsync(runId, period, prices, invoices, tally, cancellationToken);
        await probe.AfterLinesWrittenAsync(period, cancellationToken);
        var totals = await sql.FinishAsync(period, runId, tally, corrections, cancellationToken);

        // The period's audit entry (who, when, run id, usage count, invoices, total) is the run's audit record.
        billingPeriod.RecordRun(runId, now, db.User.UserName, totals.UsageCount, totals.Invoices, totals.Total);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BillingRunSummary(period.ToString(), runId, totals.Invoices, totals.Lines, totals.UsageCount, totals.Total.Kronor);
    }
}
