using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.ServiceDesk.Mail;

namespace Servicenav.ServiceDesk.Features.Notifications;

public static class NotificationModule
{
    /// <summary>
    /// Mail to requesters through the outbox. Call after <see cref="SurveyModule.AddServiceDeskSurveys"/>: the survey's
    /// notifier is replaced by the one that mails. Hosts register their <see cref="OutboundMailSettings"/> from
    /// configuration (the default is off); tests may register their own <see cref="IMailSender"/>.
    /// </summary>
    public static IServiceCollection AddServiceDeskNotifications(this IServiceCollection services)
    {
        services.TryAddSingleton(new OutboundMailSettings());
        services.TryAddSingleton<IMailSender>(sp => sp.GetRequiredService<OutboundMailSettings>().CreateSender(sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<CaseNotifications>();
        services.Replace(ServiceDescriptor.Scoped<ISurveyNotifier, MailSurveyNotifier>());
        return services;
    }
}
