using System.CommandLine;
using System.Globalization;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.ServiceDesk.Features.Notifications;

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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done.Checked} filer, {done.Removed} borttagna, {done.UnfinishedRemoved} avbrutna uppladdningar borttagna"));
        }));

        var send = new Command("send", "Skicka e-post som väntar i utkorgen (kvitton, svar, lösta ärenden med enkätlänk); misslyckade försöks igen senare.");
        send.SetAction((parse, ct) => Commands.Run(parse, async host =>
        {
            var run = Commands.Ok(await host.Send(new DeliverOutboundMail(), ct));
            Console.WriteLine(run.Enabled
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{run.Sent} skickade, {run.Retrying} försöks igen senare, {run.Failed} misslyckade, {run.Interrupted} avbrutna, {run.SkippedClaimedElsewhere} tagna av annan sändare")
                : "Utgående e-post är inte konfigurerad (ServiceDesk:Mail:Outbound:DropFolder eller :Host).");
        }));

        return new Command("servicedesk", "Kundtjänsten (En väg in).") { sla, sweep, new Command("mail", "Utgående e-post till anmälare.") { send } };
    }
}
