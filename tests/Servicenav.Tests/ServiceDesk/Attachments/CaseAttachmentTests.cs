using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.ServiceDesk;
using Servicenav.ServiceDesk.Data.Attachments;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Attachments;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Attachments;

/// <summary>Files on cases: kept outside the rows by their hash, checked by name and by content, limited in size, seen only by who may see them.</summary>
public class CaseAttachmentTests
{
    private static Task<Result<CaseAttachmentDto>> Attach(ServiceDeskWorld w, UserContext user, Guid caseId, string name, byte[] content, bool @internal = false) =>
        w.Send(new AddCaseAttachment(caseId, name, null, Files.Stream(content), @internal), user);

    private static async Task<string> Refusal(Func<Task> upload)
    {
        var refused = await Should.ThrowAsync<ValidationFailedException>(upload);
        return refused.Errors["file"].Single();
    }

    private static async Task<byte[]> Download(ServiceDeskWorld w, UserContext user, Guid caseId, Guid attachmentId)
    {
        var file = (await w.Send(new GetCaseAttachment(caseId, attachmentId), user)).ShouldBeOk();
        await using var content = file.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Theory, AllDatabases]
    public async Task An_employee_attaches_a_file_the_agent_downloads_it_and_the_history_records_it(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee);
        var pdf = Files.Pdf("felmeddelande");

        var added = (await Attach(w, w.KarolinskaEmployee, mine.Id, "../../etc/Skärmdump\u0007 felet.pdf", pdf)).ShouldBeOk();

        (added.FileName, added.ContentType, added.Size, added.UploadedByName, added.IsInternal)
            .ShouldBe(("Skärmdump_ felet.pdf", "application/pdf", (long)pdf.Length, "Mia Medarbetare", false), "folders and control characters are gone from the name");
        (await Download(w, w.ItAgent, mine.Id, added.Id)).ShouldBe(pdf);
        var row = await w.App.Query(d => d.CaseAttachments.SingleAsync(a => a.Id == added.Id));
        row.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        File.Exists(Path.Combine(w.App.AttachmentFolder, row.Sha256[..2], row.Sha256[2..4], row.Sha256)).ShouldBeTrue("the bytes are in the file store, not the row");
        var history = (await w.Send(new GetCase(mine.Number), w.KarolinskaEmployee)).ShouldBeOk().Events;
        history.ShouldContain(e => e.Kind == CaseEventKind.AttachmentAdded && e.Text == "Skärmdump_ felet.pdf" && e.IsPublic);
    }

    [Theory, AllDatabases]
    public async Task The_same_file_on_two_cases_is_stored_once(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var one = await w.Raise(w.KarolinskaEmployee, "Ett");
        var two = await w.Raise(w.SosEmployee, "Två");

        (await Attach(w, w.KarolinskaEmployee, one.Id, "logg.txt", Files.Text("fel 42"))).ShouldBeOk();
        (await Attach(w, w.SosEmployee, two.Id, "samma-logg.txt", Files.Text("fel 42"))).ShouldBeOk();

        var temporary = Path.Combine(w.App.AttachmentFolder, "tmp");
        Directory.GetFiles(w.App.AttachmentFolder, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(temporary, StringComparison.Ordinal))
            .ShouldHaveSingleItem();
        (await w.App.Query(d => d.CaseAttachments.Select(a => a.Sha256).Distinct().CountAsync())).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task A_program_renamed_to_pdf_scripts_macros_and_mismatched_content_are_refused_naming_the_file_and_nothing_is_saved(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee);

        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "faktura.pdf", Files.WindowsProgram())))
            .ShouldBe("Filen ”faktura.pdf” togs inte emot: innehållet är ett program, vad filnamnet än säger.");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "verktyg.exe", Files.Pdf())))
            .ShouldStartWith("Filen ”verktyg.exe” togs inte emot: filtypen tas aldrig emot");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "rensa.ps1", Files.Text("Remove-Item C:\\"))))
            .ShouldStartWith("Filen ”rensa.ps1” togs inte emot: filtypen tas aldrig emot");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "budget.xlsm", Files.Zip("xl/workbook.xml", "xl/vbaProject.bin"))))
            .ShouldStartWith("Filen ”budget.xlsm” togs inte emot");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "rapport.docx", Files.Zip("word/document.xml", "word/vbaProject.bin"))))
            .ShouldBe("Filen ”rapport.docx” togs inte emot: den innehåller makron eller program.");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "bild.png", Files.Pdf())))
            .ShouldBe("Filen ”bild.png” togs inte emot: innehållet är inte en .png-fil som namnet säger.");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "sida.html", Files.Text("<script>alert(1)</script>"))))
            .ShouldStartWith("Filen ”sida.html” togs inte emot");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "musik.mp3", Files.Text("ID3"))))
            .ShouldStartWith("Filen ”musik.mp3” togs inte emot: filtypen .mp3 tas inte emot. Tillåtna filtyper: .pdf, .png");
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "tom.txt", [])))
            .ShouldBe("Filen ”tom.txt” togs inte emot: filen är tom.");

        (await w.App.Query(d => d.CaseAttachments.CountAsync())).ShouldBe(0);
        (await w.App.Query(d => d.CaseEvents.CountAsync(e => e.CaseId == mine.Id && e.Kind == CaseEventKind.AttachmentAdded))).ShouldBe(0);
        (await Attach(w, w.KarolinskaEmployee, mine.Id, "dokument.docx", Files.Zip("word/document.xml"))).ShouldBeOk();
    }

    [Theory, AllDatabases]
    public async Task Files_over_the_size_per_file_or_per_case_are_refused_with_the_limit(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db, s => s.AddSingleton(new AttachmentSettings
        {
            Folder = Directory.CreateTempSubdirectory("servicenav-limits-").FullName, MaxFileBytes = 4096, MaxCaseBytes = 6000,
        }));
        var mine = await w.Raise(w.KarolinskaEmployee);

        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "stor.pdf", Files.Sized(4097))))
            .ShouldBe("Filen ”stor.pdf” togs inte emot: den är större än 4,0\u00a0kB, som är största tillåtna storlek per fil.");
        (await Attach(w, w.KarolinskaEmployee, mine.Id, "ok.pdf", Files.Sized(4096))).ShouldBeOk();
        (await Refusal(() => Attach(w, w.KarolinskaEmployee, mine.Id, "en-till.pdf", Files.Sized(2000))))
            .ShouldBe("Filen ”en-till.pdf” togs inte emot: ett ärendes bilagor får vara högst 5,9\u00a0kB tillsammans och 4,0\u00a0kB används redan.");

        var list = (await w.Send(new ListCaseAttachments(mine.Id), w.KarolinskaEmployee)).ShouldBeOk();
        list.Items.Select(a => a.FileName).ShouldBe(["ok.pdf"]);
        (list.UsedBytes, list.MaxFileBytes, list.MaxCaseBytes).ShouldBe((4096L, 4096L, 6000L));
    }

    [Theory, AllDatabases]
    public async Task Internal_attachments_are_never_shown_or_downloadable_on_the_requesters_side(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee);
        var open = (await Attach(w, w.ItAgent, mine.Id, "instruktion.pdf", Files.Pdf("instruktion"))).ShouldBeOk();
        var secret = (await Attach(w, w.ItAgent, mine.Id, "leverantorsavtal.pdf", Files.Pdf("avtal"), @internal: true)).ShouldBeOk();

        foreach (var requesterSide in new[] { w.KarolinskaEmployee, w.KarolinskaOrderer })
        {
            (await w.Send(new ListCaseAttachments(mine.Id), requesterSide)).ShouldBeOk().Items.Select(a => a.Id).ShouldBe([open.Id]);
            (await w.Send(new GetCaseAttachment(mine.Id, secret.Id), requesterSide)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new GetCase(mine.Number), requesterSide)).ShouldBeOk().Events.ShouldNotContain(e => e.Text == "leverantorsavtal.pdf");
        }

        (await w.Send(new ListCaseAttachments(mine.Id), w.FirstLineAgent)).ShouldBeOk().Items.Count.ShouldBe(2);
        var refused = await Should.ThrowAsync<ValidationFailedException>(() => Attach(w, w.KarolinskaEmployee, mine.Id, "x.pdf", Files.Pdf(), @internal: true));
        refused.Errors["file"].Single().ShouldBe("Bara handläggare kan lägga till interna bilagor.");
    }

    [Theory, AllDatabases]
    public async Task Nobody_reaches_another_customers_or_colleagues_attachments_by_list_download_or_removal(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var theirs = await w.Raise(w.KarolinskaEmployee, "Känsligt");
        var file = (await Attach(w, w.KarolinskaEmployee, theirs.Id, "journal.pdf", Files.Pdf("journal"))).ShouldBeOk();
        var other = await w.Raise(w.SosEmployee, "Eget ärende");

        foreach (var outsider in new[] { w.SosEmployee, w.SosOrderer, w.KarolinskaColleague, w.LoneAgent })
        {
            (await w.Send(new ListCaseAttachments(theirs.Id), outsider)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new GetCaseAttachment(theirs.Id, file.Id), outsider)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new RemoveCaseAttachment(theirs.Id, file.Id), outsider)).Status
                .ShouldBeOneOf(ResultStatus.NotFound, ResultStatus.Forbidden);
            (await w.Send(new AddCaseAttachment(theirs.Id, "in.pdf", null, Files.Stream(Files.Pdf())), outsider)).Status.ShouldBe(ResultStatus.NotFound);
        }

        // An attachment id of one case asked for through another, visible case is not found either.
        (await w.Send(new GetCaseAttachment(other.Id, file.Id), w.SosEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new RemoveCaseAttachment(theirs.Id, file.Id), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden, "the requester sees it but does not work the case");
        (await w.App.Query(d => d.CaseAttachments.CountAsync())).ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task An_agent_removes_an_attachment_the_history_says_so_and_the_sweep_then_removes_the_file(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee);
        var kept = (await Attach(w, w.KarolinskaEmployee, mine.Id, "behall.pdf", Files.Pdf("behåll"))).ShouldBeOk();
        var wrong = (await Attach(w, w.KarolinskaEmployee, mine.Id, "fel.pdf", Files.Pdf("fel"))).ShouldBeOk();

        (await w.Send(new RemoveCaseAttachment(mine.Id, wrong.Id), w.ItAgent)).ShouldBeOk();

        (await w.Send(new ListCaseAttachments(mine.Id), w.KarolinskaEmployee)).ShouldBeOk().Items.Select(a => a.Id).ShouldBe([kept.Id]);
        (await w.Send(new GetCase(mine.Number), w.KarolinskaEmployee)).ShouldBeOk().Events
            .ShouldContain(e => e.Kind == CaseEventKind.AttachmentRemoved && e.Text == "fel.pdf" && e.ActorName == "Ivar It");
        (await w.Send(new SweepAttachmentFiles(), UserContext.System("sweep"))).ShouldBeOk().Removed.ShouldBe(0, "younger than an hour: left alone");
        w.App.Clock.SetUtcNow(w.App.Clock.GetUtcNow().AddHours(2));
        var sweep = (await w.Send(new SweepAttachmentFiles(), UserContext.System("sweep"))).ShouldBeOk();
        (sweep.Checked, sweep.Removed).ShouldBe((2, 1));
        (await Download(w, w.KarolinskaEmployee, mine.Id, kept.Id)).ShouldBe(Files.Pdf("behåll"));
        (await w.Send(new SweepAttachmentFiles(), w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task An_orphan_file_and_a_half_written_upload_left_by_a_crash_are_harmless_and_swept(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var store = w.App.Services.GetRequiredService<IAttachmentStore>();
        var orphan = (await store.PutAsync(Files.Stream(Files.Pdf("kraschad uppladdning")), 1_000_000, CancellationToken.None))!;
        var mine = await w.Raise(w.KarolinskaEmployee);
        (await w.Send(new ListCaseAttachments(mine.Id), w.ItAgent)).ShouldBeOk().Items.ShouldBeEmpty("no row points at the orphan");

        w.App.Clock.SetUtcNow(w.App.Clock.GetUtcNow().AddHours(2));
        var fresh = (await Attach(w, w.KarolinskaEmployee, mine.Id, "ny.pdf", Files.Pdf("ny"))).ShouldBeOk();
        // And the halves of uploads the crash cut off: one from before it, one being written now.
        var temporary = Directory.CreateDirectory(Path.Combine(w.App.AttachmentFolder, "tmp")).FullName;
        var cutOff = Path.Combine(temporary, "avbruten.part");
        var writing = Path.Combine(temporary, "pagaende.part");
        await File.WriteAllBytesAsync(cutOff, Files.Sized(100));
        await File.WriteAllBytesAsync(writing, Files.Sized(100));
        File.SetLastWriteTimeUtc(cutOff, DateTime.UtcNow.AddHours(-3));
        var sweep = (await w.Send(new SweepAttachmentFiles(), UserContext.System("sweep"))).ShouldBeOk();

        (sweep.Removed, sweep.UnfinishedRemoved).ShouldBe((1, 1));
        File.Exists(cutOff).ShouldBeFalse();
        File.Exists(writing).ShouldBeTrue("an upload still being written is left alone");
        (await store.OpenAsync(orphan.Key, CancellationToken.None)).ShouldBeNull();
        (await Download(w, w.ItAgent, mine.Id, fresh.Id)).ShouldBe(Files.Pdf("ny"));
    }

    [Fact]
    public async Task The_store_keeps_nothing_of_content_over_its_limit_and_refuses_keys_outside_its_folder()
    {
        var folder = Directory.CreateTempSubdirectory("servicenav-store-").FullName;
        try
        {
            var store = new LocalFolderAttachmentStore(folder, TimeProvider.System);

            (await store.PutAsync(Files.Stream(Files.Sized(5000)), 4999, CancellationToken.None)).ShouldBeNull();
            var stored = (await store.PutAsync(Files.Stream(Files.Sized(5000)), 5000, CancellationToken.None))!;

            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ShouldBe([Path.Combine(folder, stored.Key[..2], stored.Key[2..4], stored.Key)]);
            (await store.OpenAsync("../../etc/passwd", CancellationToken.None)).ShouldBeNull();
            (await store.OpenAsync(stored.Key.ToUpperInvariant(), CancellationToken.None)).ShouldBeNull();
            await store.DeleteAsync(stored.Key, CancellationToken.None);
            (await store.OpenAsync(stored.Key, CancellationToken.None)).ShouldBeNull();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
