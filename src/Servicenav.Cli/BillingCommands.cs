using System.CommandLine;
using System.Globalization;
using Servicenav.Billing;
using Servicenav.Billing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary><c>servicenav billing run|close|export|rebuild-totals --period yyyy-mm</c>: the same use cases as /debitering (and a repair).</summary>
public static class BillingCommands
{
    public static Command Build()
    {
        var run = new Command("run", "Kör månadens debitering (upprepningsbar: ersätter månadens utkast).") { PeriodOption() };
        run.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var result = Commands.Ok(await host.Send(new RunBilling(PeriodOf(parse)), ct));
            Console.WriteLine(string.Create(SwedishCulture.Culture,
                $"Debiteringen för {result.Period} är körd: {result.Invoices} fakturor, {result.Lines} rader, {result.UsageRecords} användningsrader, summa {Money.Sek(result.Total)}."));
        }));

        var close = new Command("close", "Stäng månaden efter en slutlig körning (därefter låst).") { PeriodOption() };
        close.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var result = Commands.Ok(await host.Send(new CloseBillingPeriod(PeriodOf(parse)), ct));
            Console.WriteLine($"Perioden {result.Period} är stängd.");
        }));

        var format = new Option<LedgerExportFormat>("--format") { Description = "sie (SIE 4I, CP437) eller csv.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Fil att skriva (standard: filnamnet i aktuell mapp)." };
        var export = new Command("export", "Exportera månadens internfakturor till huvudboken.") { PeriodOption(), format, output };
        export.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var file = Commands.Ok(await host.Send(new ExportLedger(PeriodOf(parse), parse.GetValue(format)), ct));
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), file.FileName);
            await File.WriteAllBytesAsync(path, file.Content, ct);
            Console.WriteLine($"Skrev {path}");
        }));

        var rebuild = new Command("rebuild-totals",
            "Räkna om månadens användningssummor (det körningen prissätter) från posterna, t.ex. efter en återställning eller en rättning direkt i databasen.")
        {
            PeriodOption(),
        };
        rebuild.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var result = Commands.Ok(await host.Send(new RebuildUsageTotals(PeriodOf(parse)), ct));
            Console.WriteLine($"{result.Period}: {SwedishCulture.Integer(result.Groups)} summor över {SwedishCulture.Integer(result.UsageRecords)} användningsrader.");
        }));

        return new Command("billing", "Internfakturering: körning, stängning, export och omräkning per månad.") { run, close, export, rebuild };
    }

    private static Option<string> PeriodOption() => new("--period") { Description = "Månad, åååå-mm (t.ex. 2026-03).", Required = true };

    private static Period PeriodOf(ParseResult parse)
    {
        var text = parse.GetValue<string>("--period");
        return Period.TryParse(text, out var period)
            ? period
            : throw new ValidationFailedException("period", string.Create(CultureInfo.InvariantCulture, $"{BillingMessages.PeriodRequired} ({text})"));
    }
}
