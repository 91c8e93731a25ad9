using System.CommandLine;
using Servicenav.Ledger;
using Servicenav.Ledger.Domain;
using Servicenav.Ledger.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary><c>servicenav ledger import|pools|demo</c>: the ledger's use cases from the command line.</summary>
public static class LedgerCommands
{
    public static Command Build()
    {
        return new Command("ledger", "Huvudboken: importera kostnader (SIE 4 eller CSV) och visa kostnadspooler.") { Import(), Pools(), Demo() };
    }

    private static Option<int> YearOption() => new("--year") { Description = "Året (t.ex. 2025).", Required = true };

    private static Option<LedgerKind> KindOption() => new("--kind") { Description = "outcome (utfall) eller budget.", DefaultValueFactory = _ => LedgerKind.Outcome };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "SIE 4-fil (.se/.si) eller CSV (datum;konto;kontonamn;ansvar;verksamhet;belopp;text)." };
        var year = YearOption();
        var kind = KindOption();
        var format = new Option<LedgerFileFormat?>("--format") { Description = "sie eller csv (standard: efter filändelsen)." };
        var command = new Command("import", "Importera ett års utfall eller budget. Ersätter en tidigare import av samma år och slag.") { file, year, kind, format };
        command.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var path = parse.GetRequiredValue(file);
            var chosen = parse.GetValue(format) ?? (path.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? LedgerFileFormat.Csv : LedgerFileFormat.Sie);
            var bytes = await File.ReadAllBytesAsync(path.FullName, ct);
            var s = Commands.Ok(await host.Send(new ImportLedger(bytes, chosen, parse.GetValue(year), parse.GetValue(kind), path.Name), ct));
            var replaced = s.Replaced ? "; ersatte föregående import." : ".";
            Console.WriteLine(string.Create(SwedishCulture.Culture,
                $"Importerat {s.FileName} för {s.Year} ({s.Kind}): {s.LineCount:N0} rader ({s.CostLineCount:N0} kostnadsrader, {s.CostTotal}; intäkter {s.RevenueTotal}); {s.SkippedLineCount:N0} balansrader hoppades över{replaced}"));
        }));
        return command;
    }

    private static Command Pools()
    {
        var year = YearOption();
        var kind = KindOption();
        var command = new Command("pools", "Visa årets kostnadspooler (kontogrupp × ansvar).") { year, kind };
        command.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var pools = Commands.Ok(await host.Send(new GetCostPools(parse.GetValue(year), parse.GetValue(kind)), ct));
            Console.WriteLine("kontogrupp;namn;ansvar;kostnadsslag;belopp;rader");
            foreach (var p in pools)
            {
                Console.WriteLine(string.Create(SwedishCulture.Culture, $"{p.AccountGroup};{p.AccountGroupName};{p.Ansvar};{p.CostType};{p.Amount.Kronor:0.00};{p.LineCount}"));
            }

            Console.WriteLine(string.Create(SwedishCulture.Culture, $"{pools.Count} pooler, summa {Money.FromOre(pools.Sum(p => p.Amount.Ore))}"));
        }));
        return command;
    }

    private static Command Demo()
    {
        var year = YearOption();
        var kind = KindOption();
        var lines = new Option<int>("--lines") { Description = "Antal kostnadsrader (utfall).", DefaultValueFactory = _ => 300_000 };
        var command = new Command("demo", "Generera och importera en demohuvudbok (~2 000 mnkr, 40 ansvar).") { year, kind, lines };
        command.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var s = Commands.Ok(await host.Send(new ImportDemoLedger(parse.GetValue(year), parse.GetValue(kind), CostLines: parse.GetValue(lines)), ct));
            Console.WriteLine(string.Create(SwedishCulture.Culture, $"Demohuvudbok {s.Year} ({s.Kind}): {s.CostLineCount:N0} kostnadsrader, {s.CostTotal}."));
        }));
        return command;
    }
}
