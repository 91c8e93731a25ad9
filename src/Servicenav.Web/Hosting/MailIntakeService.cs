using Servicenav.Access;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Mail;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Hosting;

/// <summary>
/// Reads the customer service's mailbox into the one way in: a drop folder of .eml files
/// (<c>ServiceDesk:Mail:DropFolder</c>) or an IMAP mailbox (<c>ServiceDesk:Mail:Imap:Host</c> …), every
/// <c>ServiceDesk:Mail:PollSeconds</c> (default 30). Each message is stored before it is acknowledged, so a crash
/// in between hands it out again and the intake sets the duplicate aside by its Message-Id.
/// </summary>
public sealed class MailIntakeService(Sender sender, IConfiguration configuration, TimeProvider clock, ILogger<MailIntakeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var source = Source();
        if (source is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("ServiceDesk:Mail:PollSeconds", 30))));
        do
        {
            try
            {
                foreach (var mail in await source.ListNewAsync(stoppingToken))
                {
                    var receipt = await sender.Send(new ReceiveMail(mail.SourceId, mail.Content.ToArray()), UserContext.System("e-post"), stoppingToken);
                    await source.AcknowledgeAsync(mail.SourceId, MailOutcome.Processed, receipt.Value?.Reason, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reading the customer service's mailbox failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private IMailSource? Source()
    {
        var folder = configuration["ServiceDesk:Mail:DropFolder"];
        if (!string.IsNullOrWhiteSpace(folder))
        {
            Directory.CreateDirectory(folder);
            return new MailDropFolderSource(new MailDropFolderOptions { Folder = folder }, clock);
        }

        var imap = configuration.GetSection("ServiceDesk:Mail:Imap").Get<ImapMailSourceOptions>();
        return imap is { Host.Length: > 0 } ? new ImapMailSource(imap) : null;
    }
}
