using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Billing;
using Servicenav.Billing.Domain;
using Servicenav.Catalog.Domain;
using Servicenav.Customers.Domain;
using Servicenav.Pricing;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Infrastructure;

/// <summary>A fake of Pricing's contract: the test decides which price list is in force for which month.</summary>
public sealed class FakePricesInForce : IPricesInForce
{
    private readonly List<PricesInForce> _lists = [];

    public void Decide(PricesInForce list) => _lists.Add(list);

    public Task<PricesInForce?> ForPeriodAsync(Period period, CancellationToken cancellationToken = default) =>
        Task.FromResult(_lists.Where(l => l.EffectiveFrom <= period.FirstDay).OrderByDescending(l => l.EffectiveFrom).FirstOrDefault());
}

/// <summary>Lets a test crash a billing run half-way (after its lines are written) or hold it there.</summary>
internal sealed class ControllableRunProbe : IBillingRunProbe
{
    public Func<Period, CancellationToken, Task>? OnLinesWritten { get; set; }

    public Task AfterLinesWrittenAsync(Period period, CancellationToken cancellationToken) =>
        OnLinesWritten?.Invoke(period, cancellationToken) ?? Task.CompletedTask;
}

/// <summary>
/// Two customers, three services and a decided price list 2026 v1 (FSN 2025-0100) for billing tests. Usage is inserted
/// straight into UsageRecords (the import is another module's use case).
/// </summary>
internal sealed class BillingWorld
{
    public const string Meals = "kost-lunch";       // 85,50 kr per portion
    public const string Transport = "transport";    // 12,35 kr per km (7,5 km = 92,625 → 92,63 kr)
    public const string Workplace = "arbetsplats";  // fixed: monthly fee per customer
    public static readonly Period March = new(2026, 3);
    public static readonly Period April = new(2026, 4);
    public static readonly Guid PriceListId = Guid.Parse("0192f0c1-0000-7000-8000-000000000001");

    private int _reference;

    private BillingWorld(TestApp app, FakePricesInForce prices, ControllableRunProbe probe)
    {
        App = app;
        Prices = prices;
        Probe = probe;
    }

    public TestApp App { get; }

    public FakePricesInForce Prices { get; }

    public ControllableRunProbe Probe { get; }

    public Guid Karolinska { get; private set; }

    public Guid Sodersjukhuset { get; private set; }

    public static async Task<BillingWorld> Start(DatabaseKind db)
    {
        var prices = new FakePricesInForce();
        var probe = new ControllableRunProbe();
        var app = await TestApp.Start(db, new DateOnly(2026, 5, 4), services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IPricesInForce>(prices));
            services.Replace(ServiceDescriptor.Singleton<IBillingRunProbe>(probe));
        });
        var world = new BillingWorld(app, prices, probe);
        await world.Seed();
        return world;
    }

    public static PricesInForce PriceList2026(Guid karolinska, Guid sodersjukhuset, int version = 1, decimal mealPrice = 85.50m) => new(
        version == 1 ? PriceListId : Guid.CreateVersion7(), 2026, version, $"FSN 2025-010{version}", new DateOnly(2026, 1, 1),
        [
            new ServicePrice(Meals, PriceModel.PerUnit, "portion", Money.Sek(mealPrice), []),
            new ServicePrice(Transport, PriceModel.PerUnit, "km", Money.Sek(12.35m), []),
            new ServicePrice(Workplace, PriceModel.Fixed, null, null,
                [new CustomerMonthlyFee(karolinska, Money.Sek(10_000m)), new CustomerMonthlyFee(sodersjukhuset, Money.Sek(2_500m))]),
        ]);

    public async Task<UsageRecord> Use(Guid customer, string service, Period period, decimal quantity, string? ansvar = null, string? corrects = null)
    {
        var unit = service == Meals ? "portion" : "km";
        var record = new UsageRecord(customer, service, period, quantity, unit, $"ref-{++_reference:00000}", Guid.Empty, App.Clock.GetUtcNow().UtcDateTime);
        if (ansvar is not null)
        {
            record.BookedOn(ansvar, null, null, null, null);
        }

        if (corrects is not null)
        {
            record.Correcting(corrects);
        }

        await App.Query(async db =>
        {
            db.UsageRecords.Add(record); // saving keeps the month's totals, as the importer does
            await db.SaveChangesAsync();
            return 0;
        });
        return record;
    }

    private async Task Seed()
    {
        var (k, s) = await App.Query(async db =>
        {
            var karolinska = new Customer(new CustomerDetails("Karolinska Universitetssjukhuset", 1, CustomerKind.Namnd, null, 15_892, null,
                new AccountString("4100", "310", "KS", null, null)));
            var sos = new Customer(new CustomerDetails("Södersjukhuset AB", 2, CustomerKind.HelagtBolag, null, 4_000, null,
                new AccountString("5200", "320", "SOS", "P7", null)));
            db.Customers.AddRange(karolinska, sos);
            await db.SaveChangesAsync();
            return (karolinska.Id, sos.Id);
        });
        Karolinska = k;
        Sodersjukhuset = s;
        Prices.Decide(PriceList2026(k, s));
    }
}
