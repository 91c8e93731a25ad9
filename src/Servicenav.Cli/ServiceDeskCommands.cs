using System.CommandLine;
using System.Globalization;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Attachments;

namespace Servicenav.Cli;

/// <summary>Customer service batch jobs: bringing every open case's SLA clocks up to now, sweeping orphaned attachment files.</summary>
public static class ServiceDeskCommands
{
    public static Command Build()
    {
        var sla = new Command("sla", "Räkna om SLA för alla öppna ärenden (förfallotider, varningar vid 75 %, brott).");
        sla.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var done = Commands.Ok(await host.Send(new RecomputeSla(), ct));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{done.OpenCases} öppna ärenden, {done.Changed} ändrade, {done.Warnings} nya varningar, {done.Breaches} nya brott ({done.Elapsed.TotalSeconds:0.00} s)"));
        }));

        var sweep = new Command("sweep-attachments", "Ta bort lagrade bilagefiler som inget ärende pekar på och som är äldre än en timme.");
        sweep.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var done = Commands.Ok(await host.Send(new SweepAttachmentFiles(), ct));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done.Checked} filer, {done.Removed} borttagna"));
        }));

        return new Command("servicedesk", "Kundtjänsten (En väg in).") { sla, sweep };
    }
}
