using System.CommandLine;
using Servicenav.Pricing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Cli;

/// <summary>servicenav pricing show|export: the same use cases as /priser.</summary>
public static class PricingCommands
{
    public static Command Build(Func<ParseResult, Func<CliHost, Task>, Task<int>> run)
    {
        var year = new Option<int>("--year") { Description = "Året vars prislistor visas.", Required = true };
        var show = new Command("show", "Visa årets prislistor och den senaste versionens priser.") { year };
        show.SetAction((parse, ct) => run(parse, async host =>
        {
            var lists = Ok(await host.Send(new ListPriceLists(parse.GetValue(year)), ct));
            if (lists.Count == 0)
            {
                Console.WriteLine($"Inga prislistor för {parse.GetValue(year)}.");
                return;
            }

            foreach (var l in lists)
            {
                Console.WriteLine($"{l.Year} v{l.Version}  {l.Status,-8} {l.Diarienummer ?? "–",-16} gäller från {(l.EffectiveFrom is { } d ? SwedishCulture.Date(d) : "–"),-10}  {l.Id}");
            }

            var latest = Ok(await host.Send(new GetPriceList(lists[0].Id), ct));
            Console.WriteLine();
            Console.WriteLine($"Version {latest.Summary.Version}, resultatkrav {latest.Summary.ResultRequirementPercent.ToString(SwedishCulture.Culture)} %:");
            foreach (var s in latest.Services)
            {
                Console.WriteLine($"  {s.Code,-28} {EnumText.Of(s.Model),-28} {(s.UnitPrice is { } p ? p + " / " + s.Unit : "–"),-24} fast/år {s.FixedPerYear}");
            }
        }));

        var id = new Option<Guid>("--id") { Description = "Prislistans id (se pricing show).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Excel-fil att skriva.", Required = true };
        var export = new Command("export", "Exportera en prislista till Excel.") { id, output };
        export.SetAction((parse, ct) => run(parse, async host =>
        {
            var file = Ok(await host.Send(new ExportPriceList(parse.GetValue(id), ExportFormat.Xlsx), ct));
            var path = parse.GetRequiredValue(output).FullName;
            await File.WriteAllBytesAsync(path, file.Content, ct);
            Console.WriteLine($"Skrev {path}");
        }));

        return new Command("pricing", "Priser och prislistor.") { show, export };
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsOk ? result.Value! : throw new InvalidOperationException($"Use case answered {result.Status}.");
}
