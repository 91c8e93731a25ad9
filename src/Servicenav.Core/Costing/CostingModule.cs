using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Ledger;

namespace Servicenav.Costing;

/// <summary>Registers the costing module's contract implementations (its use cases are found by the core's scan).</summary>
public static class CostingModule
{
    public static IServiceCollection AddCostingModule(this IServiceCollection services)
    {
        services.AddScoped<IServiceSelfCosts, ServiceSelfCostsReader>();

        // Until the ledger module registers the real pools, a year has none (the ledger's AddScoped wins either way).
        services.TryAddScoped<ICostPools, NoCostPools>();
        return services;
    }

    private sealed class NoCostPools : ICostPools
    {
        public Task<IReadOnlyList<CostPool>> ForYearAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<CostPool>>([]);

        public Task<IReadOnlyList<LedgerLine>> LinesOfPoolAsync(int year, LedgerKind kind, string poolKey, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<LedgerLine>>([]);
    }
}
