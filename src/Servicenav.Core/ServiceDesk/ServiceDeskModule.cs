using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.ServiceDesk.Data.Attachments;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Attachments;

namespace Servicenav.ServiceDesk;

/// <summary>Registers the ServiceDesk module's services (its use cases are found by the sender).</summary>
public static class ServiceDeskModule
{
    public static IServiceCollection AddServiceDeskModule(this IServiceCollection services)
    {
        services.TryAddSingleton(new SlaSettings());
        services.TryAddSingleton(Data.Knowledge.CaseSearchWindows.Default);
        services.AddScoped<CaseStore>();
        services.AddScoped<CaseOpener>();

        // Orders: the fulfilment steps, and the adapters an order form can name (found by name; add your own the same way).
        services.AddScoped<OrderFulfilment>();
        services.AddScoped<IFulfilmentAdapter, LocalRegisterAdapter>();
        // Attachments: the web host (and a test) registers its own settings; without, the store is data/attachments under the working folder.
        services.TryAddSingleton(new AttachmentSettings());
        services.TryAddSingleton<IAttachmentStore>(sp => new LocalFolderAttachmentStore(
            sp.GetRequiredService<AttachmentSettings>().ResolveFolder(Directory.GetCurrentDirectory()), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<AttachmentIntake>();
        services.AddScoped<Features.Problems.ProblemLinker>();
        return services;
    }
}
