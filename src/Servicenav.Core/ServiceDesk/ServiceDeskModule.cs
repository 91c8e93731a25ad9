using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.ServiceDesk.Features;

namespace Servicenav.ServiceDesk;

/// <summary>Registers the ServiceDesk module's services (its use cases are found by the sender).</summary>
public static class ServiceDeskModule
{
    public static IServiceCollection AddServiceDeskModule(this IServiceCollection services)
    {
        services.TryAddSingleton(new SlaSettings());
        services.AddScoped<CaseStore>();
        services.AddScoped<CaseOpener>();
        services.AddScoped<Features.Problems.ProblemLinker>();
        return services;
    }
}
