using Servicenav.Access;
using Servicenav.ServiceDesk.Features.Notifications;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>
/// Delivers the outbox of mail to requesters every <c>ServiceDesk:Mail:Outbound:PollSeconds</c> (default 15; 0 turns
/// it off, e.g. when the CLI's <c>servicedesk mail send</c> runs from a scheduler). Rows are claimed one by one, so a
/// second web server or the CLI running at the same time never sends the same row twice.
/// </summary>
public sealed class OutboundMailService(Sender sender, OutboundMailSettings settings, ILogger<OutboundMailService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.IsEnabled || settings.PollSeconds <= 0)
        {
            return;
        }

        logger.LogInformation("Outbound mail: {Settings}", settings);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.PollSeconds));
        do
        {
            try
            {
                var run = await sender.Send(new DeliverOutboundMail(), UserContext.System("utgående e-post"), stoppingToken);
                if (run.Value is { Retrying: > 0 } or { Failed: > 0 } or { Interrupted: > 0 })
                {
                    logger.LogWarning("Outbound mail: {Run}", run.Value);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Delivering the outbox failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
