using System.CommandLine;
using Servicenav.Costing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary><c>servicenav costing run|export</c>: the same use cases as /kalkyl and /api/costing.</summary>
public static class CostingCommands
{
    public static Command Build()
    {
        var year = new Option<int>("--year") { Description = "Kalkylår.", Required = true };
        var run = new Command("run", "Beräkna årets kalkylmodell och spara resultatet.") { year };
        run.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var result = Commands.Ok(await host.Send(new CalculateCostingModel(parse.GetValue(year)), ct));
            Console.WriteLine(string.Format(
                SwedishCulture.Culture,
                "Kalkyl {0} beräknad: {1} kostnadspooler, {2} tjänster, {3} fördelat (pooler {4}). Avrundningsören: {5} pool→aktivitet, {6} via stöd, {7} aktivitet→tjänst.",
                result.Year,
                result.PoolCount,
                result.ServiceCount,
                Money.Sek(result.ServicesTotal),
                Money.Sek(result.PoolsTotal),
                result.RemainderPoolToActivityOre,
                result.RemainderSupportOre,
                result.RemainderServiceOre));
        }));

        var exportYear = new Option<int>("--year") { Description = "Kalkylår.", Required = true };
        var service = new Option<string?>("--service") { Description = "Tjänstekod: tjänstens uppbyggnad med bokföringsrader (annars alla tjänster)." };
        var output = new Option<FileInfo?>("--out") { Description = "Fil att skriva (standard: filnamnet i aktuell mapp)." };
        var export = new Command("export", "Exportera självkostnaderna eller en tjänsts uppbyggnad som Excel.") { exportYear, service, output };
        export.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var file = Commands.Ok(await host.Send(new ExportCostingResult(parse.GetValue(exportYear), parse.GetValue(service)), ct));
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), file.FileName);
            await File.WriteAllBytesAsync(path, file.Content, ct);
            Console.WriteLine($"Skrev {path}");
        }));

        return new Command("costing", "Aktivitetsbaserad kalkyl.") { run, export };
    }
}
