using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Servicenav.Data;
using Servicenav.ServiceDesk;
using Servicenav.ServiceDesk.Features.Notifications;
using Servicenav.SharedKernel;
using Servicenav.Web.Api;
using Servicenav.Web.Auth;
using Servicenav.Web.Components;
using Servicenav.Web.Components.Layout;

namespace Servicenav.Web.Hosting;

/// <summary>Everything the web host registers and maps; Program.cs only calls these two methods.</summary>
public static class ServicenavWebSetup
{
    public static WebApplicationBuilder AddServicenavWeb(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = SwedishCulture.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = SwedishCulture.Culture;
        var services = builder.Services;
        var configuration = builder.Configuration;

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString ??= configuration.GetConnectionString("Servicenav");
        var connectionString = database.ResolveConnectionString(builder.Environment.ContentRootPath);
        services.AddServicenavCore(database.Provider, connectionString);
        services.AddTransient<DemoSeeder>();
        services.AddTransient<DemoEconomySeeder>();
        services.AddTransient<DemoServiceDeskSeeder>();
        services.AddSingleton(configuration.GetSection("ServiceDesk:Sla").Get<SlaSettings>() ?? new SlaSettings());
        var attachments = configuration.GetSection(AttachmentSettings.Section).Get<AttachmentSettings>() ?? new AttachmentSettings();
        attachments.Folder = Path.GetFullPath(attachments.Folder ?? Path.Combine(database.DataFolder, "attachments"), builder.Environment.ContentRootPath);
        services.AddSingleton(attachments);
        services.AddHostedService<AttachmentSweepService>();
        services.AddHostedService<SlaRecomputeService>();
        services.AddHostedService<MailIntakeService>();
        services.AddSingleton((configuration.GetSection(OutboundMailSettings.Section).Get<OutboundMailSettings>() ?? new OutboundMailSettings())
            .InDataFolder(Path.Combine(builder.Environment.ContentRootPath, database.DataFolder)));
        services.AddHostedService<OutboundMailService>();

        var keys = configuration["DataProtection:KeysFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, database.DataFolder, "keys");
        services.AddDataProtection().SetApplicationName("Servicenav").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddServicenavAuth(configuration);
        services.AddLocalization();
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Servicenav API";
            document.Info.Description = "Tjänstekatalog, kundregister och användning för en regions gemensamma service.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<ServicenavDb>("database");
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, SwedishMudLocalizer>();
        return builder;
    }

    public static WebApplication UseServicenavWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(SwedishCulture.Culture),
            SupportedCultures = [SwedishCulture.Culture],
            SupportedUICultures = [SwedishCulture.Culture],
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.Write }).AllowAnonymous();
        app.MapAuthEndpoints();
        app.MapAccountEndpoints();
        app.MapCatalogEndpoints();
        app.MapCustomerEndpoints();
        app.MapUsageEndpoints();
        app.MapUsageImportEndpoints();
        app.MapLedgerEndpoints();
        app.MapCostingEndpoints();
        app.MapBillingEndpoints();
        app.MapAdminEndpoints();
        app.MapResultsEndpoints();
        app.MapPricingEndpoints();
        app.MapServiceDeskEndpoints();
        app.MapSurveyEndpoints();
        app.MapOrderEndpoints();
        app.MapKnowledgeEndpoints();
        app.MapCaseReportEndpoints();
        app.MapCaseAttachmentEndpoints();
        app.MapProblemEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
