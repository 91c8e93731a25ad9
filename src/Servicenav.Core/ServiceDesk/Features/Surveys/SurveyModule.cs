using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Servicenav.ServiceDesk.Features.Surveys;

public static class SurveyModule
{
    /// <summary>The survey's services. The notifier is only a default: a later registration (e-mail) replaces it.</summary>
    public static IServiceCollection AddServiceDeskSurveys(this IServiceCollection services)
    {
        services.AddScoped<ISurveyInvitations, SurveyInvitations>();
        services.TryAddScoped<ISurveyNotifier, CaseHistorySurveyNotifier>();
        return services;
    }
}
