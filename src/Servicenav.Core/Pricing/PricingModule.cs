using Microsoft.Extensions.DependencyInjection;
using Servicenav.Pricing.Features;

namespace Servicenav.Pricing;

public static class PricingModule
{
    /// <summary>Registers the pricing module's contract implementations (its use cases are found by the core scan).</summary>
    public static IServiceCollection AddPricingModule(this IServiceCollection services)
    {
        services.AddScoped<IPricesInForce, PricesInForceReader>();
        return services;
    }
}
