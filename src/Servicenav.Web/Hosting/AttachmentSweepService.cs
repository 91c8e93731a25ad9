using Servicenav.Access;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>
/// Removes attachment files no case points at (refused uploads, removed attachments, a crash between storing a file
/// and saving its row) every <c>ServiceDesk:Attachments:SweepMinutes</c> (default 60; 0 turns it off). Files younger
/// than an hour are never touched, so an upload in progress is safe.
/// </summary>
public sealed class AttachmentSweepService(Sender sender, IConfiguration configuration, ILogger<AttachmentSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("ServiceDesk:Attachments:SweepMinutes", 60);
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await sender.Send(new SweepAttachmentFiles(), UserContext.System("attachments"), stoppingToken);
                if (result.Value is { Removed: > 0 } or { UnfinishedRemoved: > 0 })
                {
                    logger.LogInformation("Attachment sweep: {Result}", result.Value);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Attachment sweep failed");
            }
        }
    }
}
