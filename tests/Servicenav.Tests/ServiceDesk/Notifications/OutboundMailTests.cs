using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Notifications;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Notifications;
using Servicenav.ServiceDesk.Mail;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Tests.ServiceDesk.Surveys;

namespace Servicenav.Tests.ServiceDesk.Notifications;

/// <summary>
/// Mail to requesters through the outbox: written with the case change or not at all, delivered by the sender which
/// marks it sent, retries with a growing delay, never sends a row twice; only public replies, and the survey link when solved.
/// </summary>
public class OutboundMailTests
{
    private static readonly UserContext System = UserContext.System("utgående e-post");

    [Theory, AllDatabases]
    public async Task Receipt_public_reply_and_solving_are_mailed_with_the_case_token_never_an_internal_note_and_the_survey_link_when_solved(DatabaseKind db)
    {
        var folder = Directory.CreateTempSubdirectory("servicenav-outbox-").FullName;
        try
        {
            await using var w = await ServiceDeskWorld.Start(db, DropFolder(folder));
            var created = await w.Raise(w.KarolinskaEmployee, "Skärmen flimrar");
            (await w.Send(new AddCaseMessage(created.Id, "Hemlig anteckning om användaren", Internal: true), w.ItAgent)).ShouldBeOk();
            (await w.Send(new AddCaseMessage(created.Id, "Har du provat en annan kabel?"), w.ItAgent)).ShouldBeOk();
            (await w.Send(new AddCaseMessage(created.Id, "Ja, samma fel."), w.KarolinskaEmployee)).ShouldBeOk();
            await w.Solve(created);

            var run = (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk();

            run.ShouldBe(new OutboxRun(true, 3, 0, 0, 0, 0));
            var mails = Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f)).OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();
            mails.Select(m => m.Subject).ShouldBe([
                $"[{created.Number}] Ditt ärende är löst: Skärmen flimrar",
                $"[{created.Number}] Svar i ditt ärende: Skärmen flimrar",
                $"[{created.Number}] Vi har tagit emot ditt ärende: Skärmen flimrar",
            ]);
            mails.ShouldAllBe(m => m.To.Mailboxes.Single().Address == "mia.ks@region.se");
            var bodies = mails.Select(m => m.TextBody ?? "").ToList();
            bodies.ShouldAllBe(b => !b.Contains("Hemlig", StringComparison.Ordinal));
            bodies.ShouldAllBe(b => !b.Contains("samma fel", StringComparison.Ordinal));
            bodies[1].ShouldContain("Har du provat en annan kabel?");
            bodies[2].ShouldContain(created.Number);
            var token = await w.SurveyToken(created.Id);
            bodies[0].ShouldContain("https://servicenav.test/enkat/" + token, customMessage: "the solved mail carries the survey link");
            bodies[0].ShouldContain("Lösning: Åtgärdat.");
            (await w.App.Query(d => d.OutboundNotifications.Select(n => n.Status).ToListAsync())).ShouldAllBe(s => s == OutboxStatus.Sent);
            (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Sent.ShouldBe(0);
            Directory.GetFiles(folder, "*.eml").Length.ShouldBe(3, "a sent row is never sent again");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, AllDatabases]
    public async Task The_outbox_row_is_saved_in_the_same_transaction_as_the_case_change(DatabaseKind db)
    {
        var folder = Directory.CreateTempSubdirectory("servicenav-outbox-").FullName;
        try
        {
            await using var w = await ServiceDeskWorld.Start(db, DropFolder(folder));
            var created = await w.Raise(w.KarolinskaEmployee);
            // The database refuses any outbox row whose text says "Bom": the reply's save must fail as a whole.
            await w.App.Query(d => d.Database.ExecuteSqlRawAsync(db == DatabaseKind.Postgres
                ? """
                  CREATE FUNCTION refuse_bom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'bom'; END; $$ LANGUAGE plpgsql;
                  CREATE TRIGGER refuse_bom BEFORE INSERT ON "OutboundNotifications" FOR EACH ROW WHEN (NEW."TextBody" LIKE '%Bom%') EXECUTE FUNCTION refuse_bom();
                  """
                : """CREATE TRIGGER refuse_bom BEFORE INSERT ON "OutboundNotifications" WHEN NEW."TextBody" LIKE '%Bom%' BEGIN SELECT RAISE(ABORT, 'bom'); END;"""));

            await Should.ThrowAsync<DbUpdateException>(() => w.Send(new AddCaseMessage(created.Id, "Bom, det här svaret når aldrig fram"), w.ItAgent));

            (await w.App.Query(d => d.CaseEvents.CountAsync(e => e.CaseId == created.Id && e.Kind == CaseEventKind.PublicReply))).ShouldBe(0);
            (await w.App.Query(d => d.Cases.SingleAsync(c => c.Id == created.Id))).FirstResponseAtUtc.ShouldBeNull();
            (await w.App.Query(d => d.OutboundNotifications.Select(n => n.Kind).ToListAsync())).ShouldBe([NotificationKind.Receipt]);

            (await w.Send(new AddCaseMessage(created.Id, "Vi tittar på det."), w.ItAgent)).ShouldBeOk();
            (await w.App.Query(d => d.OutboundNotifications.OrderBy(n => n.Kind).Select(n => n.Kind).ToListAsync()))
                .ShouldBe([NotificationKind.Receipt, NotificationKind.Reply]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, AllDatabases]
    public async Task A_failed_delivery_is_retried_after_a_growing_delay_then_marked_sent_once(DatabaseKind db)
    {
        var mailer = new FlakyMailer(failures: 2);
        await using var w = await ServiceDeskWorld.Start(db, services =>
        {
            DropFolder(Path.GetTempPath())(services);
            services.Replace(ServiceDescriptor.Singleton<IMailSender>(mailer));
        });
        var created = await w.Raise(w.KarolinskaEmployee);

        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().ShouldBe(new OutboxRun(true, 0, 1, 0, 0, 0));
        var row = await w.App.Query(d => d.OutboundNotifications.SingleAsync());
        (row.Status, row.Attempts, row.LastError).ShouldBe((OutboxStatus.Pending, 1, "IOException: SMTP-servern svarar inte"));
        row.NextAttemptAtUtc.ShouldBe(w.App.Clock.GetUtcNow().UtcDateTime.AddMinutes(1));
        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Retrying.ShouldBe(0, "not due before its delay");

        w.App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Retrying.ShouldBe(1);
        (await w.App.Query(d => d.OutboundNotifications.SingleAsync())).NextAttemptAtUtc.ShouldBe(w.App.Clock.GetUtcNow().UtcDateTime.AddMinutes(2));
        w.App.Clock.Advance(TimeSpan.FromMinutes(2));
        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Sent.ShouldBe(1);
        w.App.Clock.Advance(TimeSpan.FromHours(1));
        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Sent.ShouldBe(0);

        var sent = await w.App.Query(d => d.OutboundNotifications.SingleAsync());
        (sent.Status, sent.Attempts, sent.LastError).ShouldBe((OutboxStatus.Sent, 3, (string?)null));
        mailer.Delivered.ShouldHaveSingleItem().MessageId.ShouldBe(sent.MessageId);
        mailer.Delivered[0].CaseNumber.ShouldBe(created.Number);
        (await w.Send(new DeliverOutboundMail(), w.ItAgent)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task A_sending_interrupted_by_a_crash_is_failed_with_its_reason_not_sent_again_and_too_many_failures_give_up(DatabaseKind db)
    {
        var mailer = new FlakyMailer(failures: int.MaxValue);
        await using var w = await ServiceDeskWorld.Start(db, services =>
        {
            DropFolder(Path.GetTempPath())(services);
            services.Replace(ServiceDescriptor.Singleton<IMailSender>(mailer));
        });
        await w.Raise(w.KarolinskaEmployee, "Första");
        // A sender claimed the row and stopped before it could record the outcome.
        var claimed = await w.App.Query(async d =>
        {
            var row = await d.OutboundNotifications.SingleAsync();
            row.Claim(w.App.Clock.GetUtcNow().UtcDateTime);
            await d.SaveChangesAsync();
            return row.Id;
        });
        await w.Raise(w.KarolinskaEmployee, "Andra");

        w.App.Clock.Advance(TimeSpan.FromMinutes(11));
        var run = (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk();

        (run.Interrupted, run.Retrying).ShouldBe((1, 1));
        var interrupted = await w.App.Query(d => d.OutboundNotifications.SingleAsync(n => n.Id == claimed));
        (interrupted.Status, interrupted.LastError).ShouldBe((OutboxStatus.Failed,
            "Sändningen avbröts innan den var klar. Meddelandet kan ha gått iväg och skickas därför inte igen automatiskt."));
        for (var i = 0; i < OutboundNotification.MaxAttempts; i++)
        {
            w.App.Clock.Advance(TimeSpan.FromHours(1));
            await w.Send(new DeliverOutboundMail(), System);
        }

        var given = await w.App.Query(d => d.OutboundNotifications.SingleAsync(n => n.Id != claimed));
        (given.Status, given.Attempts).ShouldBe((OutboxStatus.Failed, OutboundNotification.MaxAttempts));
        mailer.Attempts.ShouldBe(OutboundNotification.MaxAttempts, "the interrupted row was never handed to the mailer again");
    }

    [Theory, AllDatabases]
    public async Task A_mail_that_failed_for_good_is_listed_for_those_who_work_the_case_and_sent_again_when_they_ask(DatabaseKind db)
    {
        var mailer = new FlakyMailer(failures: OutboundNotification.MaxAttempts);
        await using var w = await ServiceDeskWorld.Start(db, services =>
        {
            DropFolder(Path.GetTempPath())(services);
            services.Replace(ServiceDescriptor.Singleton<IMailSender>(mailer));
        });
        var created = await w.Raise(w.KarolinskaEmployee);
        for (var i = 0; i < OutboundNotification.MaxAttempts; i++)
        {
            w.App.Clock.Advance(TimeSpan.FromHours(1));
            await w.Send(new DeliverOutboundMail(), System);
        }

        var failed = (await w.Send(new ListOutboundMail(), w.ItAgent)).ShouldBeOk().ShouldHaveSingleItem();
        (failed.CaseNumber, failed.Kind, failed.Status, failed.Attempts, failed.LastError)
            .ShouldBe((created.Number, NotificationKind.Receipt, OutboxStatus.Failed, OutboundNotification.MaxAttempts, "IOException: SMTP-servern svarar inte"));
        (await w.Send(new ListOutboundMail(), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden, "the outbox is staff's");
        (await w.Send(new ListOutboundMail(), w.LoneAgent)).ShouldBeOk().ShouldBeEmpty("an agent who may not see the case does not see its mail");
        (await w.Send(new RetryOutboundMail(failed.Id), w.LoneAgent)).Status.ShouldBe(ResultStatus.NotFound);

        (await w.Send(new RetryOutboundMail(failed.Id), w.ItAgent)).ShouldBeOk();
        await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new RetryOutboundMail(failed.Id), w.ItAgent));
        (await w.Send(new ListOutboundMail(IncludePending: true), w.ItAgent)).ShouldBeOk().ShouldHaveSingleItem().Status.ShouldBe(OutboxStatus.Pending);
        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Sent.ShouldBe(1, "due at once");

        mailer.Delivered.ShouldHaveSingleItem().CaseNumber.ShouldBe(created.Number);
        (await w.Send(new ListOutboundMail(IncludePending: true), w.ItAgent)).ShouldBeOk().ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task Without_outbound_mail_configured_nothing_is_queued_and_the_survey_link_stays_in_the_history(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.RaiseAndSolve(w.KarolinskaEmployee);

        (await w.App.Query(d => d.OutboundNotifications.CountAsync())).ShouldBe(0);
        (await w.SurveyToken(created.Id)).Length.ShouldBe(43);
        (await w.Send(new DeliverOutboundMail(), System)).ShouldBeOk().Enabled.ShouldBeFalse();
    }

    private static Action<IServiceCollection> DropFolder(string folder) => services =>
        services.Replace(ServiceDescriptor.Singleton(new OutboundMailSettings
        {
            DropFolder = folder, FromAddress = "kundtjanst@region.test", PublicBaseUrl = "https://servicenav.test/",
        }));

    private sealed class FlakyMailer(int failures) : IMailSender
    {
        public List<OutboundMail> Delivered { get; } = [];

        public int Attempts { get; private set; }

        public Task<string> SendAsync(OutboundMail mail, CancellationToken cancellationToken = default)
        {
            if (++Attempts <= failures)
            {
                throw new IOException("SMTP-servern svarar inte");
            }

            Delivered.Add(mail);
            return Task.FromResult(mail.MessageId!);
        }
    }
}
