using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Access;
using Servicenav.Billing;
using Servicenav.Costing;
using Servicenav.Data;
using Servicenav.YearEnd;
using Servicenav.Pricing;
using Servicenav.Ledger;
using Servicenav.ServiceDesk;
using Servicenav.ServiceDesk.Features.Notifications;
using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.SharedKernel;

namespace Servicenav;

/// <summary>Registers the modules: database, use-case handlers, validators, the sender and the current-user scope.</summary>
public static class ServicenavCoreServices
{
    public static IServiceCollection AddServicenavCore(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddSingleton<ReferenceCache>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        // The options are built once, and contexts come from a pool (UseNpgsql, the connection string's parsing and a
        // context's construction were each a few per cent of a case creation's CPU).
        services.AddServicenavDb(provider, connectionString);
        services.AddSingleton<Sender>();
        services.AddScoped<DatabaseMigrator>();
        services.AddYearEndModule();
        services.AddPricingModule();
        services.AddUsageImportModule();
        services.AddLedgerModule();
        services.AddCostingModule();
        services.AddBillingModule();
        services.AddServiceDeskModule();
        services.AddServiceDeskSurveys();
        services.AddServiceDeskNotifications();

        foreach (var type in typeof(ServicenavCoreServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IHandler<,>))
                {
                    services.AddScoped(contract, type);
                }
                else if (definition == typeof(IValidator<>) && IsRequestValidator(contract))
                {
                    // Validators hold no state and building one compiles its rules' expressions: one per process.
                    services.AddSingleton(contract, type);
                }
            }
        }

        return services;
    }

    /// <summary>Only validators of requests run in the sender; shared input validators are included by them.</summary>
    private static bool IsRequestValidator(Type validatorContract) =>
        validatorContract.GetGenericArguments()[0].GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>));
}

/// <summary>Applies the provider's migrations and checks that the database answers.</summary>
public sealed class DatabaseMigrator(ServicenavDb db)
{
    public Task MigrateAsync(CancellationToken ct = default) => db.Database.MigrateAsync(ct);

    public Task<bool> CanConnectAsync(CancellationToken ct = default) => db.Database.CanConnectAsync(ct);
}
