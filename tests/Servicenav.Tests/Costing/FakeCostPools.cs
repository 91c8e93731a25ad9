using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Costing;

/// <summary>A stand-in for the ledger module's pools (the cross-module contract): the test says what a year holds.</summary>
public sealed class FakeCostPools : ICostPools
{
    private readonly Dictionary<(int, LedgerKind), List<CostPool>> _pools = [];
    private readonly Dictionary<string, List<LedgerLine>> _lines = [];

    public FakeCostPools Add(int year, LedgerKind kind, string account, string ansvar, CostType type, decimal kronor, string name = "Kostnader")
    {
        if (!_pools.TryGetValue((year, kind), out var pools))
        {
            _pools[(year, kind)] = pools = [];
        }

        var key = account + "|" + ansvar;
        pools.Add(new CostPool(key, account, name, ansvar, type, Money.Sek(kronor), 2));
        _lines[key] =
        [
            new LedgerLine(new DateOnly(year, 3, 31), account, name, ansvar, "V" + key, "Mars", Money.Sek(kronor * 0.25m)),
            new LedgerLine(new DateOnly(year, 1, 31), account, name, ansvar, "V" + key, "Januari", Money.Sek(kronor) - Money.Sek(kronor * 0.25m)),
        ];
        return this;
    }

    public Task<IReadOnlyList<CostPool>> ForYearAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CostPool>>(_pools.GetValueOrDefault((year, kind)) ?? []);

    public Task<IReadOnlyList<CostPoolMonth>> MonthsOfPoolsAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CostPoolMonth>>([.. (_pools.GetValueOrDefault((year, kind)) ?? [])
            .SelectMany(pool => _lines[pool.Key].GroupBy(l => l.Date.Month).Select(m => new CostPoolMonth(pool.Key, m.Key, m.Aggregate(Money.Zero, (sum, l) => sum + l.Amount))))]);

    public Task<IReadOnlyList<LedgerLine>> LinesOfPoolAsync(int year, LedgerKind kind, string poolKey, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LedgerLine>>((_lines.GetValueOrDefault(poolKey) ?? []).OrderByDescending(l => l.Amount).Take(limit).ToList());
}
