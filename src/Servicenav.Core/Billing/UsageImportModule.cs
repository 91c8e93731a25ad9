using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Pricing;

namespace Servicenav.Billing;

/// <summary>Usage import's registrations (the billing runs register theirs in their own module file).</summary>
public static class UsageImportModule
{
    public static IServiceCollection AddUsageImportModule(this IServiceCollection services)
    {
        // Billing's period closing replaces this (TryAdd: whichever module registers first, a real one wins).
        services.TryAddScoped<IClosedPeriods, NoClosedPeriods>();

        // Placeholder until the pricing module registers the real contract: no decided price list, so every usage
        // row is refused with "no price in force". Remove when Pricing's AddPricingModule registers IPricesInForce.
        services.TryAddScoped<IPricesInForce, NoPricesInForce>();
        services.AddScoped<Features.UsageImporter>();
        return services;
    }

    private sealed class NoPricesInForce : IPricesInForce
    {
        public Task<PricesInForce?> ForPeriodAsync(SharedKernel.Period period, CancellationToken cancellationToken = default) =>
            Task.FromResult<PricesInForce?>(null);
    }
}
