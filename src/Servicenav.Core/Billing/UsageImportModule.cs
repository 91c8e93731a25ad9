using Microsoft.Extensions.DependencyInjection;

namespace Servicenav.Billing;

/// <summary>Usage import's registrations (the billing runs register theirs in their own module file).</summary>
public static class UsageImportModule
{
    public static IServiceCollection AddUsageImportModule(this IServiceCollection services)
    {
        services.AddScoped<Features.UsageImporter>();
        services.AddScoped<Features.DirectUsageImport>();
        services.AddScoped<IUsageIntake, UsageIntake>();
        return services;
    }
}
