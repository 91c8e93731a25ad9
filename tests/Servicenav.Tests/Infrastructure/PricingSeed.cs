using Microsoft.Extensions.DependencyInjection;
using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.Costing;
using Servicenav.Ledger;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;
using Servicenav.Usage.Features;

namespace Servicenav.Tests.Infrastructure;

/// <summary>A fake of the costing module's contract: the self-costs a test sets.</summary>
public sealed class FakeSelfCosts : IServiceSelfCosts
{
    public Dictionary<int, ServiceSelfCosts> Years { get; } = [];

    public Task<ServiceSelfCosts?> ForYearAsync(int year, CancellationToken cancellationToken = default) =>
        Task.FromResult(Years.GetValueOrDefault(year));

    public Task<ServiceCostsByMonth?> ByMonthAsync(int year, CancellationToken cancellationToken = default) =>
        Task.FromResult(Years.GetValueOrDefault(year) is { } costs
            ? new ServiceCostsByMonth(costs.Basis, costs.CalculatedAtUtc, true, [.. costs.Services.Select(s => new ServiceCostByMonth(s.ServiceCode, [.. MonthSplit.Evenly(s.Total.Ore).Select(Money.FromOre)]))])
            : null);

    public void Set(int year, params ServiceSelfCost[] services) =>
        Years[year] = new ServiceSelfCosts(year, Guid.NewGuid(), LedgerKind.Budget, DateTime.UtcNow, services);
}

/// <summary>
/// A priced world: three services, one per price model (arbetsplats per unit, lon fixed, kundtjanst hybrid), two
/// customers (Alfa 300 and Beta 100 employees) who use all three, and self-costs from a fake costing model:
/// arbetsplats 100 000, lon 120 000, kundtjanst 10 000 kr.
/// </summary>
public sealed record PricingWorld(TestApp App, FakeSelfCosts SelfCosts, Guid Alfa, Guid Beta)
{
    public const int Year = 2026;
    public const string Workplace = "arbetsplats";
    public const string Payroll = "lon";
    public const string ServiceDesk = "kundtjanst";

    public static async Task<PricingWorld> Create(DatabaseKind db, DateOnly? today = null)
    {
        var selfCosts = new FakeSelfCosts();
        var app = await TestApp.Start(db, today ?? new DateOnly(2025, 11, 20), s => s.AddSingleton<IServiceSelfCosts>(selfCosts));
        var version = (await app.Send(new StartCatalogDraft(), As.Admin)).ShouldBeOk();
        (await app.Send(new AddCatalogArea { VersionNumber = version, Code = "it", Name = "Grundläggande it" }, As.Admin)).ShouldBeOk();
        foreach (var (code, name, model) in new[] { (Workplace, "It-arbetsplats", PriceModel.PerUnit), (Payroll, "Lön", PriceModel.Fixed), (ServiceDesk, "Kundtjänst", PriceModel.Hybrid) })
        {
            var add = A.Service(code, "it").Named(name).Add(version);
            add.PriceModel = model;
            (await app.Send(add, As.Admin)).ShouldBeOk();
        }

        (await app.Send(SmallCatalog.Decision(version, "FSN 2024-0100", new DateOnly(2025, 1, 1)), As.Admin)).ShouldBeOk();

        var alfa = A.Customer("Alfanämnden");
        alfa.Employees = 300;
        var beta = A.Customer("Betabolaget AB");
        beta.Employees = 100;
        var alfaId = (await app.Send(alfa, As.Admin)).ShouldBeOk().Id;
        var betaId = (await app.Send(beta, As.Admin)).ShouldBeOk().Id;
        foreach (var customer in new[] { alfaId, betaId })
        {
            foreach (var code in new[] { Workplace, Payroll, ServiceDesk })
            {
                (await app.Send(new SetServiceUsage { CustomerId = customer, ServiceCode = code, Status = UsageStatus.Uses }, As.Admin)).ShouldBeOk();
            }
        }

        selfCosts.Set(
            Year,
            new ServiceSelfCost(Workplace, Money.Sek(60_000m), Money.Sek(30_000m), Money.Sek(10_000m)),
            new ServiceSelfCost(Payroll, Money.Sek(100_000m), Money.Sek(20_000m), Money.Zero),
            new ServiceSelfCost(ServiceDesk, Money.Sek(8_000m), Money.Sek(2_000m), Money.Zero));
        return new PricingWorld(app, selfCosts, alfaId, betaId);
    }
}
