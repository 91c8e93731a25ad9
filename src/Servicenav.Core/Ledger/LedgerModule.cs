using Microsoft.Extensions.DependencyInjection;
using Servicenav.Ledger.Data;

namespace Servicenav.Ledger;

public static class LedgerModule
{
    /// <summary>The ledger's contract for costing: <see cref="ICostPools"/>.</summary>
    public static IServiceCollection AddLedgerModule(this IServiceCollection services) =>
        services.AddScoped<ICostPools, CostPools>();
}
