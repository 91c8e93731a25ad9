using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Billing.Features;
using Servicenav.Costing.Domain;
using Servicenav.Costing.Features;
using Servicenav.Imports.EconomyDemo;
using Servicenav.Ledger;
using Servicenav.Ledger.Features;
using Servicenav.Pricing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>
/// Demo mode only: the economic year on top of the Stockholm catalogue and customers — last year's outcome ledger
/// (a few hundred thousand lines), this year's budget ledger, a calculated costing model, a decided and published
/// price list, and January–October of usage, billed, with every month but the last closed. Each step goes through
/// the product's own use cases and is skipped when already done, so a restart changes nothing.
/// </summary>
public sealed class DemoEconomySeeder(Sender sender, IConfiguration configuration, ILogger<DemoEconomySeeder> logger)
{
    public const int Year = 2026;
    public const int LastBilledMonth = 10;

    private static readonly UserContext Seeder = UserContext.System("demo");

    public async Task SeedAsync(CancellationToken ct)
    {
        var ledgerLines = configuration.GetValue("Demo:LedgerLines", 300_000);
        var imports = await Send(new ListLedgerImports(), ct);
        if (!imports.Any(i => i.Year == Year - 1 && i.Kind == LedgerKind.Outcome))
        {
            var outcome = await Send(new ImportDemoLedger(Year - 1, LedgerKind.Outcome, CostLines: ledgerLines), ct);
            logger.LogInformation("Demo ledger {Year} outcome: {Lines} lines", Year - 1, outcome.LineCount);
        }

        if (!imports.Any(i => i.Year == Year && i.Kind == LedgerKind.Budget))
        {
            await Send(new ImportDemoLedger(Year, LedgerKind.Budget), ct);
        }

        var model = await Send(new BuildDemoCostingModel(Year), ct);
        if (model.Status != CostingModelStatus.Calculated)
        {
            await Send(new CalculateCostingModel(Year), ct);
        }

        await Send(new CreateDecidedPriceList
        {
            Year = Year,
            ResultRequirementPercent = 2m,
            Diarienummer = "FSN 2025/0300",
            DecisionDate = new DateOnly(Year - 1, 11, 20),
            DecidedBy = "Fastighets- och servicenämnden",
            EffectiveFrom = new DateOnly(Year, 1, 1),
            Publish = true,
        }, ct);

        var periods = (await Send(new ListBillingPeriods(Year), ct)).ToDictionary(p => p.Period);
        for (var month = 1; month <= LastBilledMonth; month++)
        {
            var period = new Period(Year, month);
            if (periods.TryGetValue(period.ToString(), out var known) && known.Status == BillingPeriodStatus.Closed)
            {
                continue;
            }

            // The run bills the fixed monthly fees from the price list itself; usage carries the metered services.
            await Send(new GenerateDemoUsage(period), ct);
            await Send(new RunBilling(period), ct);
            if (month < LastBilledMonth)
            {
                await Send(new CloseBillingPeriod(period), ct);
            }
        }

        logger.LogInformation("Demo economy ready: {Year} priced, months 1–{Month} billed", Year, LastBilledMonth);
    }

    private async Task<T> Send<T>(IRequest<Result<T>> request, CancellationToken ct)
    {
        var result = await sender.Send(request, Seeder, ct);
        return result.IsOk ? result.Value! : throw new InvalidOperationException($"Demo step {request.GetType().Name} answered {result.Status}.");
    }
}
