using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Access;
using Servicenav.Billing;
using Servicenav.Billing.Domain;
using Servicenav.Catalog.Domain;
using Servicenav.Pricing;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Orders;

/// <summary>
/// The customer-service world (<see cref="ServiceDeskWorld"/>) with orders: a price list in force from 2026-01 pricing
/// the access and workplace services per "st" (Pricing's contract, faked), the real closed months of Billing, a
/// scripted fulfilment adapter beside the built-in local register, a usage intake that can "crash" after it committed,
/// and three order forms — an access right (Beställare approves, automatic via the local register, 1 per order),
/// accessories (no approval, tasks for It-support and Kundtjänst, charged per piece) and a named-manager form on the
/// scripted adapter. Today is 2026-03-02.
/// </summary>
public sealed class OrderWorld : IAsyncDisposable
{
    public const string Access = "identitet_behorighet_ad";
    public const string Workplace = "it_arbetsplats";
    public const string Ehalsa = "identitet_behorighet_ehalsokort";

    public static readonly Period March = new(2026, 3);

    private OrderWorld(ServiceDeskWorld desk, ScriptedAdapter adapter, CrashingIntake.Switch crash)
    {
        Desk = desk;
        Adapter = adapter;
        Crash = crash;
    }

    public ServiceDeskWorld Desk { get; }

    public TestApp App => Desk.App;

    public ScriptedAdapter Adapter { get; }

    /// <summary>Set to make the next usage recording throw after it committed (a crash between charging and closing the order).</summary>
    public CrashingIntake.Switch Crash { get; }

    public static async Task<OrderWorld> Start(DatabaseKind kind)
    {
        var prices = new FakePricesInForce();
        var adapter = new ScriptedAdapter();
        var crash = new CrashingIntake.Switch();
        var desk = await ServiceDeskWorld.Start(kind, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IPricesInForce>(prices));
            services.AddSingleton<IFulfilmentAdapter>(adapter);
            services.AddScoped<UsageIntake>();
            services.Replace(ServiceDescriptor.Scoped<IUsageIntake>(sp => new CrashingIntake(sp.GetRequiredService<UsageIntake>(), crash)));
        });
        prices.Decide(new PricesInForce(Guid.NewGuid(), 2026, 1, "FSN 2025-0300", new DateOnly(2026, 1, 1),
        [
            new ServicePrice(Access, PriceModel.PerUnit, "st", Money.Sek(150m), []),
            new ServicePrice(Workplace, PriceModel.PerUnit, "st", Money.Sek(1_200m), []),
            new ServicePrice(Ehalsa, PriceModel.PerUnit, "st", Money.Sek(90m), []),
        ]));
        var world = new OrderWorld(desk, adapter, crash);
        await world.SaveForms();
        return world;
    }

    public Task<T> Send<T>(IRequest<T> request, UserContext user) => App.Send(request, user);

    public async Task<OrderSubmitted> OrderAccess(UserContext user, string system = "TakeCare") =>
        (await Send(new SubmitOrder
        {
            ServiceCode = Access, Answers = new Dictionary<string, string?> { ["system"] = system, ["roll"] = "Läsbehörighet", ["motivering"] = "Ny på avdelningen." },
        }, user)).ShouldBeOk();

    public Task<List<Billing.Domain.UsageRecord>> UsageRows() => App.Query(db => db.UsageRecords.AsNoTracking().OrderBy(u => u.SourceReference).ToListAsync());

    public Task<List<FulfilmentRegisterEntry>> Register() => App.Query(db => db.FulfilmentRegister.AsNoTracking().ToListAsync());

    /// <summary>Closes a month as billing does: after a run that saw all of the month's usage.</summary>
    public Task Close(Period period) => App.Query(async db =>
    {
        var month = new BillingPeriod(period);
        month.RecordRun(Guid.NewGuid(), DateTime.UtcNow, "test", 0, 0, Money.Zero);
        month.Close(0, DateTime.UtcNow, "test");
        db.BillingPeriods.Add(month);
        return await db.SaveChangesAsync();
    });

    private async Task SaveForms()
    {
        (await Send(new SaveOrderForm
        {
            ServiceCode = Access, Title = "Behörighet till system",
            Fields =
            [
                new OrderField { Key = "system", Label = "System", Kind = OrderFieldKind.Choice, Required = true, Choices = ["TakeCare", "Heroma"] },
                new OrderField { Key = "roll", Label = "Roll", Kind = OrderFieldKind.Text, Required = true },
                new OrderField { Key = "motivering", Label = "Motivering", Kind = OrderFieldKind.MultilineText, Required = true },
            ],
            UsageUnit = "st", Approval = OrderApproval.CustomerOrderer, Fulfilment = OrderFulfilmentKind.Automatic, AdapterName = "lokalt-register",
        }, As.Admin)).ShouldBeOk();
        (await Send(new SaveOrderForm
        {
            ServiceCode = Workplace, Title = "Tillbehör",
            Fields =
            [
                new OrderField { Key = "tillbehor", Label = "Tillbehör", Kind = OrderFieldKind.Choice, Required = true, Choices = ["Headset", "Dockningsstation"] },
                new OrderField { Key = "antal", Label = "Antal", Kind = OrderFieldKind.Number, Required = true, Min = 1, Max = 20 },
            ],
            QuantityRule = OrderQuantityRule.FromField, QuantityFieldKey = "antal", UsageUnit = "st", Approval = OrderApproval.None,
            Fulfilment = OrderFulfilmentKind.Tasks,
            Tasks = [new OrderTaskTemplate(Desk.ItGroup, "Plocka ut tillbehören"), new OrderTaskTemplate(Desk.FirstLineGroup, "Meddela beställaren")],
        }, As.Admin)).ShouldBeOk();
        (await Send(new SaveOrderForm
        {
            ServiceCode = Ehalsa, Title = "E-tjänstekort",
            Fields =
            [
                new OrderField { Key = "chef", Label = "Chefens e-post", Kind = OrderFieldKind.Text, Required = true },
                new OrderField { Key = "bradskande", Label = "Brådskande", Kind = OrderFieldKind.YesNo },
            ],
            UsageUnit = "st", Approval = OrderApproval.NamedManager, ManagerFieldKey = "chef", Fulfilment = OrderFulfilmentKind.Automatic,
            AdapterName = ScriptedAdapter.AdapterName,
        }, As.Admin)).ShouldBeOk();
    }

    public ValueTask DisposeAsync() => Desk.DisposeAsync();
}

/// <summary>A fulfilment adapter the test scripts: each call takes the next outcome (fail, throw), then succeeds; it counts its calls.</summary>
public sealed class ScriptedAdapter : IFulfilmentAdapter
{
    public const string AdapterName = "test-adapter";

    private readonly Queue<string> _script = new();

    public string Name => AdapterName;

    public int Calls { get; private set; }

    public void FailNext(string error) => _script.Enqueue("fail:" + error);

    public void ThrowNext(string error) => _script.Enqueue("throw:" + error);

    public Task<FulfilmentResult> FulfilAsync(FulfilmentContext order, CancellationToken cancellationToken)
    {
        Calls++;
        if (_script.TryDequeue(out var next))
        {
            var (kind, text) = (next[..next.IndexOf(':', StringComparison.Ordinal)], next[(next.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            return kind == "throw"
                ? throw new InvalidOperationException(text)
                : Task.FromResult(FulfilmentResult.Failed(text, "Försökte lägga upp kortet."));
        }

        return Task.FromResult(FulfilmentResult.Done($"Kort beställt till {order.RecipientName} (försök {order.Attempt})."));
    }
}

/// <summary>The real intake; when switched on, the next recording "crashes" after it committed.</summary>
public sealed class CrashingIntake(IUsageIntake inner, CrashingIntake.Switch crash) : IUsageIntake
{
    public async Task<UsageIntakeResult> RecordAsync(string sourceName, IReadOnlyList<UsageIntakeRow> rows, CancellationToken cancellationToken = default)
    {
        var result = await inner.RecordAsync(sourceName, rows, cancellationToken);
        if (crash.On)
        {
            crash.On = false;
            throw new IOException("Simulerat avbrott efter att användningen sparats.");
        }

        return result;
    }

    public Task<Period> OpenPeriodForAsync(DateOnly date, CancellationToken cancellationToken = default) => inner.OpenPeriodForAsync(date, cancellationToken);

    public sealed class Switch
    {
        public bool On { get; set; }
    }
}
