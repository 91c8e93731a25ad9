using System.Text;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>E-mail into the one way in: replies thread by the case number, known senders get cases, nothing is lost.</summary>
public class MailIntakeTests
{
    private static readonly UserContext Intake = UserContext.System("mail");

    private static byte[] Mail(string from, string subject, string body, string? messageId = null, string contentType = "text/plain; charset=utf-8") =>
        Encoding.UTF8.GetBytes(
            $"From: {from}\r\nTo: kundtjanst@region.se\r\nSubject: {subject}\r\nMessage-ID: <{messageId ?? Guid.NewGuid().ToString("N")}@region.se>\r\n" +
            $"Date: Mon, 2 Mar 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: {contentType}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n");

    [Theory, AllDatabases]
    public async Task A_known_sender_gets_a_case_by_email_and_their_reply_threads_into_it(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        var first = (await w.Send(new ReceiveMail("1.eml", Mail("Siv Telefonsson <siv.telefonsson@sodersjukhuset.se>", "Skrivaren på plan 3",
            "Den skriver ut tomma sidor. Hälsningar Siv")), Intake)).ShouldBeOk();

        first.Outcome.ShouldBe(InboundMailOutcome.NewCase);
        var created = (await w.Send(new GetCase(first.CaseNumber!), w.FirstLineAgent)).ShouldBeOk();
        (created.Summary.Channel, created.Summary.CustomerName, created.Summary.RequesterName)
            .ShouldBe((CaseChannel.Email, "Södersjukhuset AB", "Siv Telefonsson"));
        created.Description.ShouldContain("tomma sidor");
        (await w.Send(new AddCaseMessage(created.Summary.Id, "Vilken skrivare?", NextStatus: CaseStatus.WaitingForRequester), w.FirstLineAgent)).ShouldBeOk();

        var reply = (await w.Send(new ReceiveMail("2.eml", Mail("siv.telefonsson@sodersjukhuset.se", $"SV: [{first.CaseNumber}] Skrivaren på plan 3",
            "Den vid hissen.")), Intake)).ShouldBeOk();

        reply.Outcome.ShouldBe(InboundMailOutcome.AddedToCase);
        var after = (await w.Send(new GetCase(first.CaseNumber!), w.FirstLineAgent)).ShouldBeOk();
        after.Summary.Status.ShouldBe(CaseStatus.InProgress, "the requester's answer sets the case moving");
        after.Events.ShouldContain(e => e.Kind == CaseEventKind.RequesterMessage && e.Text!.Contains("vid hissen"));
    }

    [Theory, AllDatabases]
    public async Task Unknown_senders_and_strangers_replying_to_a_case_wait_in_triage_and_an_agent_opens_a_case(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var existing = await w.Raise(w.KarolinskaEmployee);

        var stranger = (await w.Send(new ReceiveMail("a.eml", Mail("okand@example.com", "Hjälp", "Jag kommer inte in.")), Intake)).ShouldBeOk();
        var hijack = (await w.Send(new ReceiveMail("b.eml", Mail("siv.telefonsson@sodersjukhuset.se", $"Re: {existing.Number}", "Stäng detta")), Intake)).ShouldBeOk();

        stranger.Outcome.ShouldBe(InboundMailOutcome.Triage);
        hijack.Outcome.ShouldBe(InboundMailOutcome.Triage, "only the requester's own replies go into a case");
        (await w.App.Query(d => d.CaseEvents.CountAsync(e => e.CaseId == existing.Id && e.Kind == CaseEventKind.RequesterMessage))).ShouldBe(0);
        var triage = (await w.Send(new ListInboundMail(), w.FirstLineAgent)).ShouldBeOk();
        triage.Select(m => m.Id).ShouldBe([stranger.MailId, hijack.MailId], ignoreOrder: true);
        (await w.Send(new ListInboundMail(), w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);

        var opened = (await w.Send(new TriageMail(stranger.MailId, w.CallerContact, null), w.FirstLineAgent)).ShouldBeOk();
        (await w.Send(new TriageMail(hijack.MailId, null, "Fel avsändare"), w.FirstLineAgent)).ShouldBeOk();

        opened.CaseNumber.ShouldNotBeNull();
        (await w.Send(new GetCase(opened.CaseNumber!), w.FirstLineAgent)).ShouldBeOk().Summary.Subject.ShouldBe("Hjälp");
        (await w.Send(new ListInboundMail(), w.FirstLineAgent)).ShouldBeOk().ShouldBeEmpty();
    }

    [Theory, AllDatabases]
    public async Task Unreadable_mail_is_kept_whole_and_the_same_message_is_handled_once(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var garbage = new byte[] { 0, 1, 2, 3, 0xFF, 0xFE };

        var unreadable = (await w.Send(new ReceiveMail("x.eml", garbage), Intake)).ShouldBeOk();
        var once = Mail("siv.telefonsson@sodersjukhuset.se", "Lösenord", "Glömt.", messageId: "samma-id");
        (await w.Send(new ReceiveMail("y.eml", once), Intake)).ShouldBeOk().Outcome.ShouldBe(InboundMailOutcome.NewCase);
        var again = (await w.Send(new ReceiveMail("y.eml", once), Intake)).ShouldBeOk();

        unreadable.Outcome.ShouldBe(InboundMailOutcome.Unreadable);
        (await w.App.Query(d => d.InboundMails.SingleAsync(m => m.Id == unreadable.MailId))).Raw.ShouldBe(garbage);
        (await w.Send(new ListInboundMail(), w.FirstLineAgent)).ShouldBeOk().ShouldContain(m => m.Id == unreadable.MailId);
        again.Outcome.ShouldBe(InboundMailOutcome.Done);
        (await w.App.Query(d => d.Cases.CountAsync())).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task Hostile_html_never_reaches_the_case(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        var receipt = (await w.Send(new ReceiveMail("h.eml", Mail("siv.telefonsson@sodersjukhuset.se", "Länk",
            "<p>Klicka <a href=\"javascript:alert(1)\">här</a></p><script>alert('x')</script>", contentType: "text/html; charset=utf-8")), Intake)).ShouldBeOk();

        var c = (await w.Send(new GetCase(receipt.CaseNumber!), w.FirstLineAgent)).ShouldBeOk();
        c.Description.ShouldContain("Klicka");
        c.Description.ShouldNotContain("<script");
        c.Description.ShouldNotContain("javascript:");
    }
}
