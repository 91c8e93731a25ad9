using Microsoft.EntityFrameworkCore;
using Servicenav.Billing;
using Servicenav.Billing.Domain;
using Servicenav.Billing.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using static Servicenav.Tests.Infrastructure.BillingWorld;

namespace Servicenav.Tests.Integration;

/// <summary>The monthly billing run: priced lines per customer × service × account string, repeatable, atomic, exclusive.</summary>
public class BillingRunTests
{
    private const decimal KarolinskaMarch = 10_000m + 1_282.50m + 256.50m + 92.63m;
    private const decimal SodersjukhusetMarch = 2_500m + 171.00m;

    internal static async Task<BillingWorld> MarchWithUsage(DatabaseKind db)
    {
        var world = await BillingWorld.Start(db);
        await world.Use(world.Karolinska, Meals, March, 10);
        await world.Use(world.Karolinska, Meals, March, 5);
        await world.Use(world.Karolinska, Meals, March, 3, ansvar: "4199");
        await world.Use(world.Karolinska, Transport, March, 7.5m);
        await world.Use(world.Sodersjukhuset, Meals, March, 2);
        await world.Use(world.Karolinska, Meals, April, 100); // another month: not in March's run
        return world;
    }

    internal static Task<List<InvoiceLine>> Lines(TestApp app, Period period) =>
        app.Query(db => db.InvoiceLines.Where(l => l.Period == period).OrderBy(l => l.Id).ToListAsync());

    private static List<string> Shapes(IEnumerable<InvoiceLine> lines) => lines
        .Select(l => $"{l.CustomerId}|{l.Kind}|{l.ServiceCode}|{l.Ansvar}|{l.QuantityMilli}|{l.Unit}|{l.UnitPrice.Ore}|{l.Amount.Ore}|{l.UsageCount}|{l.PriceListId}|{l.PriceListVersion}|{l.Diarienummer}")
        .Order(StringComparer.Ordinal)
        .ToList();

    [Theory, AllDatabases]
    public async Task BillingRun_PricesUsagePerCustomerServiceAndAccountString(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;

        var run = (await world.App.Send(new RunBilling(March), As.Controller)).ShouldBeOk();

        run.Invoices.ShouldBe(2);
        run.UsageRecords.ShouldBe(5);
        run.Total.ShouldBe(KarolinskaMarch + SodersjukhusetMarch);
        var lines = await Lines(world.App, March);
        lines.Where(l => l.CustomerId == world.Karolinska).Select(l => (l.ServiceCode, l.Ansvar, l.Quantity, l.UnitPrice.Kronor, l.Amount.Kronor)).ShouldBe(
        [
            (Workplace, null, 1m, 10_000m, 10_000m),
            (Meals, null, 15m, 85.50m, 1_282.50m),
            (Meals, "4199", 3m, 85.50m, 256.50m),
            (Transport, null, 7.5m, 12.35m, 92.63m), // 92,625 rounded half away from zero
        ], ignoreOrder: true);
        lines.ShouldAllBe(l => l.PriceListId == PriceListId && l.PriceListVersion == 1 && l.Diarienummer == "FSN 2025-0101");
        var invoices = (await world.App.Send(new ListInvoices(March), As.Controller)).ShouldBeOk();
        invoices.Single(i => i.CustomerId == world.Karolinska).Total.ShouldBe(KarolinskaMarch);
        invoices.Single(i => i.CustomerId == world.Sodersjukhuset).Total.ShouldBe(SodersjukhusetMarch);
    }

    [Theory, AllDatabases]
    public async Task BillingRun_RunTwice_SameLinesAndUsageChargedOnce(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;
        var first = (await world.App.Send(new RunBilling(March), As.Controller)).ShouldBeOk();
        var linesBefore = Shapes(await Lines(world.App, March));

        var second = (await world.App.Send(new RunBilling(March), As.Controller)).ShouldBeOk();

        second.RunId.ShouldNotBe(first.RunId);
        second.Total.ShouldBe(first.Total);
        Shapes(await Lines(world.App, March)).ShouldBe(linesBefore);
        (await world.App.Query(db => db.Invoices.CountAsync(i => i.Period == March))).ShouldBe(2);
        (await world.App.Query(db => db.InvoiceLines.Where(l => l.Period == March).SumAsync(l => l.UsageCount))).ShouldBe(5);
        var audit = await world.App.Query(db => db.AuditEntries.Where(a => a.EntityType == nameof(BillingPeriod)).ToListAsync());
        audit.Count.ShouldBe(2);
        audit.ShouldAllBe(a => a.UserName == As.Controller.UserName);
    }

    [Theory, AllDatabases]
    public async Task BillingRun_RerunAfterNewUsage_ChargesTheNewUsageToo(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);
        await world.Use(world.Sodersjukhuset, Meals, March, 1);

        var rerun = (await world.App.Send(new RunBilling(March), As.Controller)).ShouldBeOk();

        rerun.UsageRecords.ShouldBe(6);
        rerun.Total.ShouldBe(KarolinskaMarch + SodersjukhusetMarch + 85.50m);
    }

    [Theory, AllDatabases]
    public async Task BillingRun_CrashAfterTheLinesAreWritten_LeavesThePreviousState(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;
        var first = (await world.App.Send(new RunBilling(March), As.Controller)).ShouldBeOk();
        var linesBefore = await Lines(world.App, March);
        await world.Use(world.Karolinska, Transport, March, 100);
        world.Probe.OnLinesWritten = (_, _) => throw new IOException("Strömavbrott mitt i körningen");

        await Should.ThrowAsync<IOException>(() => world.App.Send(new RunBilling(March), As.Controller));

        var linesAfter = await Lines(world.App, March);
        linesAfter.Select(l => (l.Id, l.RunId, l.Amount)).ShouldBe(linesBefore.Select(l => (l.Id, l.RunId, l.Amount)));
        (await world.App.Query(db => db.Invoices.Where(i => i.Period == March).Select(i => i.RunId).Distinct().ToListAsync())).ShouldBe([first.RunId]);
        (await world.App.Query(db => db.BillingPeriods.SingleAsync(p => p.Period == March))).LastRunId.ShouldBe(first.RunId);
    }

    [Theory, AllDatabases]
    public async Task BillingRun_TwoRunsOfOneMonthAtOnce_OneWinsTheOtherIsRefused(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        world.Probe.OnLinesWritten = async (_, _) =>
        {
            world.Probe.OnLinesWritten = null; // only the first run waits
            inside.SetResult();
            await release.Task;
        };
        var winner = Task.Run(() => world.App.Send(new RunBilling(March), As.Controller));
        await inside.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => world.App.Send(new RunBilling(March), As.Admin));
        release.SetResult();
        var won = (await winner).ShouldBeOk();

        refused.RuleName.ShouldBe(nameof(OneRunPerPeriodAtATimeRule));
        refused.Message.ShouldContain("pågår redan");
        refused.Message.ShouldContain("2026-03");
        (await world.App.Query(db => db.Invoices.Where(i => i.Period == March).Select(i => i.RunId).Distinct().ToListAsync())).ShouldBe([won.RunId]);
        (await world.App.Query(db => db.InvoiceLines.Where(l => l.Period == March).SumAsync(l => l.UsageCount))).ShouldBe(5);
    }

    [Theory, AllDatabases]
    public async Task BillingRun_UsageOfAServiceWithoutAPrice_IsRefusedNamingTheServiceAndChargesNothing(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;
        await world.Use(world.Karolinska, "okand-tjanst", March, 1);

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => world.App.Send(new RunBilling(March), As.Controller));

        refused.Message.ShouldContain("okand-tjanst");
        (await world.App.Query(db => db.InvoiceLines.CountAsync())).ShouldBe(0);
        (await world.App.Query(db => db.Invoices.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task BillingRun_WithoutChargingManage_IsForbidden(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;

        (await world.App.Send(new RunBilling(March), As.Bestallare(world.Karolinska))).Status.ShouldBe(ResultStatus.Forbidden);
        (await world.App.Send(new RunBilling(March), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task ClosedMonth_IsLockedAndListedAsClosed(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;
        await world.App.Send(new RunBilling(March), As.Controller);

        var closed = (await world.App.Send(new CloseBillingPeriod(March), As.Controller)).ShouldBeOk();

        closed.Status.ShouldBe(BillingPeriodStatus.Closed);
        closed.ClosedBy.ShouldBe(As.Controller.UserName);
        var rerun = await Should.ThrowAsync<BusinessRuleException>(() => world.App.Send(new RunBilling(March), As.Controller));
        rerun.RuleName.ShouldBe(nameof(ClosedPeriodIsLockedRule));
        rerun.Message.ShouldContain("stängd");
        (await world.App.Query(db => new ClosedPeriods(db).ClosedAsync())).ShouldBe(new HashSet<Period> { March });
        var months = (await world.App.Send(new ListBillingPeriods(2026), As.Controller)).ShouldBeOk();
        months.Count.ShouldBe(12);
        months.Single(m => m.Period == "2026-03").Status.ShouldBe(BillingPeriodStatus.Closed);
        months.Single(m => m.Period == "2026-04").Status.ShouldBe(BillingPeriodStatus.Open);
        (await world.App.Send(new ListInvoices(March), As.Controller)).ShouldBeOk().ShouldAllBe(i => i.IsFinal);
    }

    [Theory, AllDatabases]
    public async Task Close_WithoutARunOrWithUsageNewerThanTheRun_IsRefused(DatabaseKind db)
    {
        var world = await MarchWithUsage(db);
        await using var _ = world.App;

        (await Should.ThrowAsync<BusinessRuleException>(() => world.App.Send(new CloseBillingPeriod(March), As.Controller)))
            .RuleName.ShouldBe(nameof(CloseRequiresFinalRunRule));
        await world.App.Send(new RunBilling(March), As.Controller);
        await world.Use(world.Karolinska, Meals, March, 1);
        var stale = await Should.ThrowAsync<BusinessRuleException>(() => world.App.Send(new CloseBillingPeriod(March), As.Controller));
        stale.RuleName.ShouldBe(nameof(CloseRequiresNoNewerUsageRule));
        stale.Message.ShouldContain("1 nya användningsrader");

        await world.App.Send(new RunBilling(March), As.Controller);
        (await world.App.Send(new CloseBillingPeriod(March), As.Controller)).ShouldBeOk().Status.ShouldBe(BillingPeriodStatus.Closed);
    }

    [Theory, AllDatabases]
    public async Task CorrectionOfAClosedMonth_IsBookedInTheOpenMonthReferencingTheOriginalLineAtItsPrice(DatabaseKind db)
    {
        var world = await BillingWorld.Start(db);
        await using var _ = world.App;
        var original = await world.Use(world.Karolinska, Meals, March, 10);
        await world.App.Send(new RunBilling(March), As.Controller);
        await world.App.Send(new CloseBillingPeriod(March), As.Controller);
        world.Prices.Decide(PriceList2026(world.Karolinska, world.Sodersjukhuset, version: 2, mealPrice: 90m) with { EffectiveFrom = new DateOnly(2026, 4, 1) });
        var correction = await world.Use(world.Karolinska, Meals, April, -2, corrects: original.SourceReference);
        await world.Use(world.Karolinska, Meals, April, 4);

        await world.App.Send(new RunBilling(April), As.Controller);

        var marchLine = (await Lines(world.App, March)).Single(l => l.ServiceCode == Meals);
        var april = await Lines(world.App, April);
        var credit = april.Single(l => l.Kind == InvoiceLineKind.Correction);
        credit.OriginalLineId.ShouldBe(marchLine.Id);
        credit.Quantity.ShouldBe(-2m);
        credit.UnitPrice.ShouldBe(Money.Sek(85.50m));
        credit.Amount.ShouldBe(Money.Sek(-171m));
        credit.PriceListVersion.ShouldBe(1);
        var usage = april.Single(l => l.Kind == InvoiceLineKind.Usage && l.ServiceCode == Meals && l.CustomerId == world.Karolinska);
        usage.Quantity.ShouldBe(4m);
        usage.UnitPrice.ShouldBe(Money.Sek(90m));
        var drill = (await world.App.Send(new GetInvoiceLineUsage(credit.Id), As.Controller)).ShouldBeOk();
        drill.Rows.ShouldHaveSingleItem().SourceReference.ShouldBe(correction.SourceReference);
        (await world.App.Send(new GetInvoiceLineUsage(usage.Id), As.Controller)).ShouldBeOk().TotalRows.ShouldBe(1);

        await world.App.Send(new RunBilling(April), As.Controller);
        (await Lines(world.App, April)).Count(l => l.Kind == InvoiceLineKind.Correction).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task UsageSavedOutsideTheImport_IsChargedInFull_AndUsageIsNeverEditedOrDeleted(DatabaseKind db)
    {
        var world = await BillingWorld.Start(db);
        await using var _ = world.App;
        var first = await world.Use(world.Karolinska, Meals, March, 10); // saved through EF Core, one record at a time
        await world.Use(world.Karolinska, Meals, March, 5);

        var edit = await Record.ExceptionAsync(() => world.App.Query(async d =>
        {
            (await d.UsageRecords.SingleAsync(u => u.SourceReference == first.SourceReference)).BookedOn("9999", null, null, null, null);
            return await d.SaveChangesAsync();
        }));
        var delete = await Record.ExceptionAsync(() => world.App.Query(async d =>
        {
            d.UsageRecords.Remove(await d.UsageRecords.SingleAsync(u => u.SourceReference == first.SourceReference));
            return await d.SaveChangesAsync();
        }));
        await world.App.Send(new RunBilling(March), As.Controller);

        edit.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("correction");
        delete.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain(first.SourceReference);
        var meals = (await Lines(world.App, March)).Single(l => l.ServiceCode == Meals && l.CustomerId == world.Karolinska);
        (meals.Quantity, meals.Ansvar, meals.UsageCount).ShouldBe((15m, (string?)null, 2L));
    }
}
