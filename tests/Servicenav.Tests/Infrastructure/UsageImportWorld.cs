using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Billing;
using Servicenav.Billing.Features;
using Servicenav.Catalog.Domain;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Infrastructure;

/// <summary>Prices in force as the test sets them: one price list per period (the pricing module's contract, faked).</summary>
public sealed class FakePricesPerMonth : IPricesInForce
{
    public Dictionary<Period, PricesInForce> Lists { get; } = [];

    public int Calls { get; private set; }

    public Task<PricesInForce?> ForPeriodAsync(Period period, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(Lists.GetValueOrDefault(period));
    }
}

/// <summary>Closed months as the test sets them (the billing runs' contract, faked).</summary>
public sealed class FakeClosedPeriods : IClosedPeriods
{
    public HashSet<Period> Closed { get; } = [];

    public Task<IReadOnlySet<Period>> ClosedAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlySet<Period>>(Closed);
}

/// <summary>
/// A decided small catalogue, two customers (numbers 1 and 2, sharing the region's organisation number) and a price
/// list in force for March 2026: it-arbetsplats per unit ("st", 123,45 kr), natverk hybrid (500 kr/month for customer 1,
/// plus 0,07 kr per "port"), kundtjanst fixed (1 000 kr/month for each customer). January 2026 is closed.
/// </summary>
public sealed class UsageImportWorld : IAsyncDisposable
{
    public static readonly Period March = new(2026, 3);
    public static readonly Period January = new(2026, 1);

    private UsageImportWorld(TestApp app, FakePricesPerMonth prices, FakeClosedPeriods closed)
    {
        App = app;
        Prices = prices;
        Closed = closed;
    }

    public TestApp App { get; }

    public FakePricesPerMonth Prices { get; }

    public FakeClosedPeriods Closed { get; }

    public Guid First { get; private set; }

    public Guid Second { get; private set; }

    public static async Task<UsageImportWorld> Start(DatabaseKind kind, Func<CancellationToken, Task>? beforeCommit = null)
    {
        var prices = new FakePricesPerMonth();
        var closed = new FakeClosedPeriods();
        var app = await TestApp.Start(kind, configure: services =>
        {
            services.AddSingleton<IPricesInForce>(prices);
            services.AddSingleton<IClosedPeriods>(closed);
            if (beforeCommit is not null)
            {
                services.AddSingleton(new UsageImportHook(beforeCommit));
            }
        });
        var world = new UsageImportWorld(app, prices, closed);
        await SmallCatalog.Decide(app);
        world.First = (await app.Send(A.Customer("Första nämnden", 1), As.Admin)).ShouldBeOk().Id;
        world.Second = (await app.Send(A.Customer("Andra nämnden", 2), As.Admin)).ShouldBeOk().Id;
        foreach (var period in new[] { January, March })
        {
            prices.Lists[period] = world.PriceList(period);
        }

        closed.Closed.Add(January);
        return world;
    }

    public PricesInForce PriceList(Period period) => new(Guid.NewGuid(), period.Year, 1, "FSN 2025-0200", period.FirstDay, [
        new ServicePrice(SmallCatalog.Workplace, PriceModel.PerUnit, "st", Money.Sek(123.45m), []),
        new ServicePrice(SmallCatalog.Network, PriceModel.Hybrid, "port", Money.Sek(0.07m), [new CustomerMonthlyFee(First, Money.Sek(500m))]),
        new ServicePrice(SmallCatalog.ServiceDesk, PriceModel.Fixed, null, null, [new CustomerMonthlyFee(First, Money.Sek(1000m)), new CustomerMonthlyFee(Second, Money.Sek(1000m))]),
    ]);

    public const string Header = "customer;service;period;quantity;unit;sourceReference;correctsReference;ansvar";

    public static MemoryStream Csv(params string[] lines) =>
        new(Encoding.UTF8.GetBytes(string.Join("\n", new[] { Header }.Concat(lines)) + "\n"));

    public Task<Result<UsageImportResult>> ImportCsv(UserContext user, params string[] lines) =>
        App.Send(new ImportUsageCsv("mars.csv", Csv(lines)), user);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
