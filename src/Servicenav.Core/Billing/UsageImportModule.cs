using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Servicenav.Billing;

/// <summary>Usage import's registrations (the billing runs register theirs in their own module file).</summary>
public static class UsageImportModule
{
    public static IServiceCollection AddUsageImportModule(this IServiceCollection services)
    {
        // Billing's period closing replaces this (TryAdd: whichever module registers first, a real one wins).
        services.TryAddScoped<IClosedPeriods, NoClosedPeriods>();
        services.AddScoped<Features.UsageImporter>();
        services.AddScoped<Features.DirectUsageImport>();
        return services;
    }
}
