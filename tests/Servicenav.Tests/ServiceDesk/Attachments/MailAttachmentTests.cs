using System.Text;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Attachments;

/// <summary>Attachments that come by e-mail land on the case the mail opens or threads into; refused ones are in its history with the reason.</summary>
public class MailAttachmentTests
{
    private static readonly UserContext Intake = UserContext.System("mail");

    private static byte[] Mail(string subject, params (string Name, string Type, byte[] Content)[] files) =>
        Mail("Siv Telefonsson <siv.telefonsson@sodersjukhuset.se>", subject, files);

    private static byte[] Mail(string from, string subject, params (string Name, string Type, byte[] Content)[] files)
    {
        var parts = new StringBuilder();
        foreach (var (name, type, content) in files)
        {
            parts.Append($"--b1\r\nContent-Type: {type}; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"\r\n" +
                $"Content-Transfer-Encoding: base64\r\n\r\n{Convert.ToBase64String(content, Base64FormattingOptions.InsertLineBreaks)}\r\n");
        }

        return Encoding.UTF8.GetBytes(
            $"From: {from}\r\nTo: kundtjanst@region.se\r\nSubject: {subject}\r\n" +
            $"Message-ID: <{Guid.NewGuid():N}@sodersjukhuset.se>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe bifogat.\r\n" +
            parts + "--b1--\r\n");
    }

    [Theory, AllDatabases]
    public async Task A_new_case_by_email_keeps_its_accepted_attachments_and_lists_the_refused_ones_with_the_reason(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        var receipt = (await w.Send(new ReceiveMail("1.eml", Mail("Skrivaren",
            ("felkod.pdf", "application/pdf", Files.Pdf("felkod")),
            ("virus.exe", "application/octet-stream", Files.WindowsProgram()),
            ("faktura.pdf", "application/pdf", Files.WindowsProgram()))), Intake)).ShouldBeOk();

        var @case = (await w.Send(new GetCase(receipt.CaseNumber!), w.FirstLineAgent)).ShouldBeOk();
        var attachments = (await w.Send(new ListCaseAttachments(@case.Summary.Id), w.FirstLineAgent)).ShouldBeOk().Items;
        attachments.Select(a => (a.FileName, a.UploadedByName, a.IsInternal)).ShouldBe([("felkod.pdf", "Siv Telefonsson", false)]);
        var rejected = @case.Events.Where(e => e.Kind == CaseEventKind.AttachmentRejected).Select(e => e.Text).ToList();
        rejected.Count.ShouldBe(2);
        rejected.ShouldContain(t => t!.StartsWith("Bilagan ”virus.exe” i e-postmeddelandet togs inte emot: filtypen tas aldrig emot", StringComparison.Ordinal));
        rejected.ShouldContain("Bilagan ”faktura.pdf” i e-postmeddelandet togs inte emot: innehållet är ett program, vad filnamnet än säger.");
        @case.Events.ShouldAllBe(e => e.Kind != CaseEventKind.AttachmentRejected || e.IsPublic, "the sender is told what was left out");
    }

    [Theory, AllDatabases]
    public async Task A_reply_with_an_attachment_threads_it_into_the_case_and_the_case_limits_apply(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var first = (await w.Send(new ReceiveMail("1.eml", Mail("Skärmen")), Intake)).ShouldBeOk();

        var reply = (await w.Send(new ReceiveMail("2.eml", Mail($"SV: [{first.CaseNumber}] Skärmen",
            ("skarm.png", "image/png", Files.Png()),
            ("lat.png", "image/png", Files.Pdf()))), Intake)).ShouldBeOk();

        reply.Outcome.ShouldBe(Servicenav.ServiceDesk.Domain.InboundMailOutcome.AddedToCase);
        var @case = (await w.Send(new GetCase(first.CaseNumber!), w.FirstLineAgent)).ShouldBeOk();
        (await w.Send(new ListCaseAttachments(@case.Summary.Id), w.FirstLineAgent)).ShouldBeOk().Items.Select(a => a.FileName).ShouldBe(["skarm.png"]);
        @case.Events.ShouldContain(e => e.Kind == CaseEventKind.AttachmentRejected && e.Text == "Filen ”lat.png” togs inte emot: innehållet är inte en .png-fil som namnet säger.");
        (await w.App.Query(d => d.CaseAttachments.CountAsync())).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task A_case_an_agent_opens_from_a_triaged_mail_gets_the_mails_attachments(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var triaged = (await w.Send(new ReceiveMail("1.eml", Mail("Okänd <okand@example.com>", "Hjälp", ("fel.pdf", "application/pdf", Files.Pdf("fel")))),
            Intake)).ShouldBeOk();
        (await w.App.Query(d => d.CaseAttachments.CountAsync())).ShouldBe(0, "nothing is stored while the mail waits in triage");

        var opened = (await w.Send(new TriageMail(triaged.MailId, w.CallerContact, null), w.FirstLineAgent)).ShouldBeOk();

        var @case = (await w.Send(new GetCase(opened.CaseNumber!), w.FirstLineAgent)).ShouldBeOk();
        (await w.Send(new ListCaseAttachments(@case.Summary.Id), w.FirstLineAgent)).ShouldBeOk().Items
            .Select(a => (a.FileName, a.UploadedByName)).ShouldBe([("fel.pdf", "Siv Telefonsson")]);
    }
}
