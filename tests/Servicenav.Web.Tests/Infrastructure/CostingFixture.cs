using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Costing.Features;
using Servicenav.Ledger;
using Servicenav.SharedKernel;
using Servicenav.Web.Hosting;

namespace Servicenav.Web.Tests.Infrastructure;

/// <summary>
/// The demo app with a year of generated cost pools (the ledger module is faked through its contract,
/// <see cref="ICostPools"/>) and the demo costing model for 2028 built from them, not yet calculated.
/// </summary>
public class CostingFixture : IAsyncLifetime
{
    public const int Year = 2028; // the demo seeds and calculates 2026 itself

    public ServicenavFactory Factory { get; private set; } = default!;

    public string BaseUrl => Factory.BaseUrl;

    protected virtual bool Kestrel => true;

    public async Task InitializeAsync()
    {
        Factory = new ServicenavFactory(kestrel: Kestrel, testServices: s => s.AddSingleton<ICostPools>(new GeneratedCostPools()));
        if (Kestrel)
        {
            Factory.StartServer();
        }
        else
        {
            _ = Factory.Server;
        }

        var sender = Factory.Services.GetRequiredService<Sender>();
        (await sender.Send(new BuildDemoCostingModel(Year), UserContext.System("test-seed"))).IsOk.ShouldBeTrue();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The same, on the in-memory test server, with bearer tokens per demo user for API tests.</summary>
public sealed class CostingApiFixture : CostingFixture
{
    private readonly Dictionary<string, string> _tokens = [];

    protected override bool Kestrel => false;

    public async Task<HttpClient> ClientFor(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await Factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = DemoSeeder.Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            _tokens[userName] = token;
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>Pools for ansvar 1100–1800 × account groups (wages, purchased services, premises, depreciation), with a few ledger lines each.</summary>
public sealed class GeneratedCostPools : ICostPools
{
    private static readonly (string Group, string Name, CostType Type)[] Groups =
    [
        ("50", "Löner", CostType.Personnel), ("56", "Köpta tjänster", CostType.Other), ("52", "Lokalkostnader", CostType.Other), ("78", "Avskrivningar", CostType.Capital),
    ];

    private readonly List<CostPool> _pools = [];

    public GeneratedCostPools()
    {
        foreach (var ansvar in Enumerable.Range(11, 8).Select(a => (a * 100).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            foreach (var (group, name, type) in Groups)
            {
                var kronor = 1_000_000m + (int.Parse(ansvar, System.Globalization.CultureInfo.InvariantCulture) * 1_234.57m) + (group[1] - '0') * 77_777.77m;
                _pools.Add(new CostPool($"{group}|{ansvar}", group, name, ansvar, type, Money.Sek(kronor), 3));
            }
        }
    }

    public Task<IReadOnlyList<CostPool>> ForYearAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CostPool>>(year == CostingFixture.Year && kind == LedgerKind.Budget ? _pools : []);

    /// <summary>Half of each pool in January, half in July, as its two budget lines.</summary>
    public Task<IReadOnlyList<CostPoolMonth>> MonthsOfPoolsAsync(int year, LedgerKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CostPoolMonth>>([.. (year == CostingFixture.Year && kind == LedgerKind.Budget ? _pools : []).SelectMany(pool => new[]
        {
            new CostPoolMonth(pool.Key, 1, Money.Sek(pool.Amount.Kronor / 2)),
            new CostPoolMonth(pool.Key, 7, pool.Amount - Money.Sek(pool.Amount.Kronor / 2)),
        })]);

    public Task<IReadOnlyList<LedgerLine>> LinesOfPoolAsync(int year, LedgerKind kind, string poolKey, int limit, CancellationToken cancellationToken = default)
    {
        var pool = _pools.FirstOrDefault(p => p.Key == poolKey);
        if (pool is null)
        {
            return Task.FromResult<IReadOnlyList<LedgerLine>>([]);
        }

        var half = Money.Sek(pool.Amount.Kronor / 2);
        var lines = new List<LedgerLine>
        {
            new(new DateOnly(year, 1, 31), pool.AccountGroup + "10", pool.AccountGroupName, pool.Ansvar, "B1", "Budget januari–juni", half),
            new(new DateOnly(year, 7, 31), pool.AccountGroup + "10", pool.AccountGroupName, pool.Ansvar, "B2", "Budget juli–december", pool.Amount - half),
        };
        return Task.FromResult<IReadOnlyList<LedgerLine>>(lines.Take(limit).ToList());
    }
}
