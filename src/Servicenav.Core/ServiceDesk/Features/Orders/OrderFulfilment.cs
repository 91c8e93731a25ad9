using Microsoft.EntityFrameworkCore;
using Servicenav.Billing;
using Servicenav.Billing.Features;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

/// <summary>
/// Fulfils an approved order, step by step, each step safe to repeat:
/// 1. deliver — the order's fulfilment adapter (automatic), unless it has delivered already (or the tasks are done);
/// 2. charge — the usage row through Billing's <see cref="IUsageIntake"/> with source reference <c>order:{case}</c>, in the
///    month of fulfilment or, when that is closed, the next open month (chosen and saved first, so a retry after a crash
///    sends the same month and the intake skips what it already has);
/// 3. close — the order fulfilled with its log, the case solved (orders need no root cause) with the log in its history.
/// A failed step leaves the order approved, logs the failure on the case (for the agents) and can be retried.
/// Runs outside any transaction: the adapter and the intake commit their own work.
/// </summary>
internal sealed class OrderFulfilment(ServicenavDb db, CaseStore store, IEnumerable<IFulfilmentAdapter> adapters, IUsageIntake usage, TimeProvider clock)
{
    public async Task RunAsync(Guid orderId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == orderId, cancellationToken);
        order.CheckReadyToFulfil();
        var log = new List<string>();
        var delivered = order.DeliveredAtUtc is not null;
        if (!delivered)
        {
            var outcome = await DeliverAsync(order, cancellationToken);
            db.ChangeTracker.Clear(); // whatever the adapter left behind is not this unit of work's
            log.AddRange(outcome.Log);
            if (!outcome.Succeeded)
            {
                await FailAsync(orderId, log, outcome.Error ?? OrderMessages.AdapterFailed, delivered: false, cancellationToken);
                return;
            }
        }

        if (order.UsageUnit is { } unit && order.Quantity != 0m)
        {
            var charged = await ChargeAsync(order, unit, cancellationToken);
            log.AddRange(charged.Log);
            if (!charged.Accepted)
            {
                await FailAsync(orderId, log, OrderMessages.UsageRefused, delivered: true, cancellationToken);
                return;
            }
        }
        else
        {
            log.Add(OrderMessages.LogNoUsage);
        }

        await ChangeAsync(orderId, (o, c, now) =>
        {
            o.RecordFulfilled(log, now);
            c.RecordOrderEvent(CaseEventKind.OrderFulfilled, string.Join("\n", log), isPublic: true, CaseActor.System, now);
            if (c.IsOpen)
            {
                c.Solve(null, OrderMessages.FulfilledSolution, CaseActor.System, now);
            }
        }, cancellationToken);
    }

    private async Task<FulfilmentResult> DeliverAsync(Order order, CancellationToken cancellationToken)
    {
        var adapter = adapters.FirstOrDefault(a => string.Equals(a.Name, order.AdapterName, StringComparison.OrdinalIgnoreCase));
        if (adapter is null)
        {
            return FulfilmentResult.Failed(Fmt(OrderMessages.UnknownAdapter, order.AdapterName));
        }

        var customerName = await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var context = new FulfilmentContext(order.Id, order.CaseNumber, order.CustomerId, customerName, order.ServiceCode, order.FormTitle,
            order.RequesterName, order.RequesterUserId, order.Answers, order.Quantity, order.Attempts + 1);
        try
        {
            return await adapter.FulfilAsync(context, cancellationToken);
        }
#pragma warning disable CA1031 // Whatever an adapter throws is a failed delivery to log and retry, not a failed request.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return FulfilmentResult.Failed(Fmt(OrderMessages.AdapterThrew, adapter.Name, e.Message));
        }
    }

    private async Task<(bool Accepted, List<string> Log)> ChargeAsync(Order order, string unit, CancellationToken cancellationToken)
    {
        var log = new List<string>();
        var period = order.UsagePeriod ?? await PlanAsync(order.Id, null, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var row = new UsageIntakeRow(order.CustomerId, order.ServiceCode, period, order.Quantity, unit, order.UsageReference);
            var result = await usage.RecordAsync(Fmt(OrderMessages.UsageSource, order.CaseNumber), [row], cancellationToken);
            if (result.Accepted)
            {
                log.Add(result.RowsAdded > 0
                    ? Fmt(OrderMessages.LogUsageRecorded, OrderAnswers.Show(order.Quantity), unit, period, order.UsageReference)
                    : Fmt(OrderMessages.LogUsageAlreadyRecorded, order.UsageReference, period));
                return (true, log);
            }

            // The planned month was closed meanwhile (and holds no row of this order): move to the next open month once.
            if (attempt == 1 && result.Errors.Count > 0 && result.Errors.All(e => e.Field == UsageFields.Period))
            {
                var next = await usage.OpenPeriodForAsync(SwedishCulture.Today(clock), cancellationToken);
                if (next != period)
                {
                    log.Add(Fmt(OrderMessages.LogUsageMoved, period, next));
                    period = await PlanAsync(order.Id, next, cancellationToken);
                    continue;
                }
            }

            log.AddRange(result.Errors.Select(e => Fmt(OrderMessages.LogUsageError, e.Field, e.Reason)));
            return (false, log);
        }
    }

    /// <summary>Saves the month the usage goes to before it is recorded: the month of fulfilment, or the next open one.</summary>
    private async Task<Period> PlanAsync(Guid orderId, Period? period, CancellationToken cancellationToken)
    {
        var chosen = period ?? await usage.OpenPeriodForAsync(SwedishCulture.Today(clock), cancellationToken);
        db.ChangeTracker.Clear();
        var order = await db.Orders.FirstAsync(o => o.Id == orderId, cancellationToken);
        order.PlanUsage(chosen);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CaseChangedMeanwhileRule());
        }

        db.ChangeTracker.Clear();
        return chosen;
    }

    private Task FailAsync(Guid orderId, List<string> log, string error, bool delivered, CancellationToken cancellationToken) =>
        ChangeAsync(orderId, (o, c, now) =>
        {
            o.RecordFailure(log, error, delivered, now);
            c.RecordOrderEvent(CaseEventKind.OrderFulfilmentFailed, string.Join("\n", log.Prepend(error)), isPublic: false, CaseActor.System, now);
            if (c.Status == CaseStatus.New)
            {
                c.ChangeStatus(CaseStatus.InProgress, CaseActor.System, now);
            }
        }, cancellationToken);

    /// <summary>Applies a change to the order and its case, freshly loaded, and saves both with the case's events.</summary>
    private async Task ChangeAsync(Guid orderId, Action<Order, Case, DateTime> change, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var order = await db.Orders.FirstAsync(o => o.Id == orderId, cancellationToken);
        var @case = await db.Cases.FirstAsync(c => c.Id == order.CaseId, cancellationToken);
        change(order, @case, clock.GetUtcNow().UtcDateTime);
        await store.SaveAsync(@case, isNew: false, cancellationToken);
    }

    private static string Fmt(string format, params object?[] args) => string.Format(SwedishCulture.Culture, format, args);
}
