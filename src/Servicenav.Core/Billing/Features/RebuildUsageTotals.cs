using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Billing.Data;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// Recomputes a month's usage totals (what a billing run prices) from its usage records. The imports keep the totals
/// up themselves; this is the repair for records written past them (a restore, a hand-made fix in SQL) and the way a
/// bulk load made outside the product gets its totals. Exclusive with the month's runs.
/// </summary>
public sealed record RebuildUsageTotals(Period Period) : IRequest<Result<UsageTotalsRebuilt>>;

/// <summary>The month, how many billing groups it has and how many usage records (corrections excepted) they sum.</summary>
public sealed record UsageTotalsRebuilt(string Period, int Groups, long UsageRecords);

internal sealed class RebuildUsageTotalsHandler(ServicenavDb db) : IHandler<RebuildUsageTotals, Result<UsageTotalsRebuilt>>
{
    public async Task<Result<UsageTotalsRebuilt>> Handle(RebuildUsageTotals request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingManage))
        {
            return Result<UsageTotalsRebuilt>.Forbidden();
        }

        await using var transaction = await BillingLock.BeginExclusiveAsync(db, request.Period, cancellationToken);
        await UsageMonthTotals.RebuildAsync(db, request.Period, cancellationToken);
        var totals = db.UsageMonthTotals.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).Where(t => t.Period == request.Period);
        var groups = await totals.CountAsync(cancellationToken);
        var records = groups == 0 ? 0 : await totals.SumAsync(t => t.UsageCount, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UsageTotalsRebuilt(request.Period.ToString(), groups, records);
    }
}
