using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.YearEnd.Features;

namespace Servicenav.YearEnd;

public static class YearEndModule
{
    public static IServiceCollection AddYearEndModule(this IServiceCollection services)
    {
        services.TryAddScoped<IResultRequirementSource, Data.PriceListResultRequirement>();
        services.AddScoped<YearResultCalculator>();
        return services;
    }
}
