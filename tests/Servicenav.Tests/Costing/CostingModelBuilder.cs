using Servicenav.Costing.Domain;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Costing;

/// <summary>Builds costing models and pools for tests in a few readable lines.</summary>
internal sealed class CostingModelBuilder
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public CostingModel Model { get; } = CostingModel.Create(2026, LedgerKind.Budget, "test", Now);

    public List<CostPool> Pools { get; } = [];

    public CostingModelBuilder Support(params string[] codes)
    {
        foreach (var code in codes)
        {
            Model.AddActivity(code, "Stöd " + code, ActivityKind.Support, Now);
        }

        return this;
    }

    public CostingModelBuilder Primary(params string[] codes)
    {
        foreach (var code in codes)
        {
            Model.AddActivity(code, "Aktivitet " + code, ActivityKind.Primary, Now);
        }

        return this;
    }

    /// <summary>A pool of its own, assigned whole to one activity (or by shares "A:60,B:40").</summary>
    public CostingModelBuilder Pool(string key, decimal kronor, string to, CostType type = CostType.Personnel, string ansvar = "1000", string group = "50")
    {
        Pools.Add(new CostPool(key, group, "Grupp " + group, ansvar, type, Money.Sek(kronor), 1));
        if (to.Length > 0)
        {
            Model.SetDriver(DriverKind.Resource, DriverSource.Pool, key, DriverBasis.Shares, "%", Lines(to.Contains(':', StringComparison.Ordinal) ? to : to + ":100"), Now);
        }

        return this;
    }

    public CostingModelBuilder Allocate(string support, string lines) =>
        Driver(DriverKind.Support, support, lines);

    public CostingModelBuilder Serve(string primary, string lines) =>
        Driver(DriverKind.Activity, primary, lines);

    public CostingOutcome Run(Func<string, bool>? serviceExists = null) =>
        CostingCalculation.Run(Model, Pools, serviceExists ?? (_ => true));

    public static List<(string, decimal)> Lines(string lines) =>
        lines.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(':'))
            .Select(p => (p[0], decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private CostingModelBuilder Driver(DriverKind kind, string source, string lines)
    {
        Model.SetDriver(kind, DriverSource.Activity, source, DriverBasis.Quantities, "st", Lines(lines), Now);
        return this;
    }
}
