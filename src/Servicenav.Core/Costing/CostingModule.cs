using Microsoft.Extensions.DependencyInjection;

namespace Servicenav.Costing;

/// <summary>Registers the costing module's contract implementations (its use cases are found by the core's scan).</summary>
public static class CostingModule
{
    public static IServiceCollection AddCostingModule(this IServiceCollection services)
    {
        services.AddScoped<IServiceSelfCosts, ServiceSelfCostsReader>();
        return services;
    }
}
