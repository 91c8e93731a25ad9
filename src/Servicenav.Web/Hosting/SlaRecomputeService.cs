using Servicenav.Access;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>
/// Brings every open case's SLA clocks up to now on a fixed interval (<c>ServiceDesk:SlaRecomputeSeconds</c>, default
/// 60; 0 turns it off, e.g. when the CLI's <c>servicedesk sla</c> runs from a scheduler instead). One web server is
/// enough; running it on several is harmless (each run recomputes from the history) but wasteful.
/// </summary>
public sealed class SlaRecomputeService(Sender sender, IConfiguration configuration, ILogger<SlaRecomputeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("ServiceDesk:SlaRecomputeSeconds", 60);
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await sender.Send(new RecomputeSla(), UserContext.System("sla"), stoppingToken);
                if (result.Value is { Warnings: > 0 } or { Breaches: > 0 })
                {
                    logger.LogInformation("SLA: {Result}", result.Value);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick recomputes everything from the history again: log and carry on.
                logger.LogError(e, "SLA recomputation failed");
            }
        }
    }
}
