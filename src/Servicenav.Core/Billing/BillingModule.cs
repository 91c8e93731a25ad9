using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Billing.Data;

namespace Servicenav.Billing;

/// <summary>Registers the Billing module's contract implementations (its use cases are found by the sender).</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services)
    {
        services.AddScoped<IClosedPeriods, ClosedPeriods>();
        services.AddScoped<IChargedRevenue, ChargedRevenue>();
        services.AddScoped<IRefundInvoicing, RefundInvoicing>();
        services.AddScoped<BillingRunSql>();
        services.TryAddSingleton(new LedgerExportSettings());
        services.TryAddScoped<IBillingRunProbe, NoBillingRunProbe>();

        return services;
    }
}

/// <summary>
/// A seam inside the run's transaction, after the lines are written and before the totals and the commit.
/// Tests use it to crash a run half-way or to hold it while a second run tries; production does nothing.
/// </summary>
internal interface IBillingRunProbe
{
    Task AfterLinesWrittenAsync(SharedKernel.Period period, CancellationToken cancellationToken);
}

internal sealed class NoBillingRunProbe : IBillingRunProbe
{
    public Task AfterLinesWrittenAsync(SharedKernel.Period period, CancellationToken cancellationToken) => Task.CompletedTask;
}
