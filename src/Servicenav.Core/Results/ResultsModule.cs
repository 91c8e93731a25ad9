using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Results.Features;

namespace Servicenav.Results;

public static class ResultsModule
{
    public static IServiceCollection AddResultsModule(this IServiceCollection services)
    {
        services.TryAddScoped<IResultRequirementSource, NoResultRequirement>();
        services.AddScoped<YearResultCalculator>();
        return services;
    }
}
