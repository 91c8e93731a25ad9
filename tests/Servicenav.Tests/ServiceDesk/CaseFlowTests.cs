using Microsoft.EntityFrameworkCore;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;
using Servicenav.Usage.Domain;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>A case from the portal through the agent's work to closure, on both databases.</summary>
public class CaseFlowTests
{
    [Theory, AllDatabases]
    public async Task An_employee_raises_a_case_that_goes_to_the_services_group_with_a_readable_number(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        var created = await w.Raise(w.KarolinskaEmployee);

        created.Number.ShouldBe("KT-2026-000001");
        created.GroupName.ShouldBe("It-support");
        var mine = (await w.Send(new ListCases(CaseListView.Mine), w.KarolinskaEmployee)).ShouldBeOk();
        var row = mine.Rows.ShouldHaveSingleItem();
        (row.Number, row.Status, row.Priority, row.CustomerName, row.ServiceName, row.Channel)
            .ShouldBe(("KT-2026-000001", CaseStatus.New, 4, "Karolinska Universitetssjukhuset", "It-arbetsplats", CaseChannel.Portal));
        var details = (await w.Send(new GetCase("KT-2026-000001"), w.KarolinskaEmployee)).ShouldBeOk();
        details.Events.ShouldHaveSingleItem().Kind.ShouldBe(CaseEventKind.Created);
        details.Requester.ShouldBeNull("a requester does not get the agent's view of themself");
    }

    [Theory, AllDatabases]
    public async Task A_case_goes_from_reply_to_waiting_to_solved_to_closed(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.Raise(w.KarolinskaEmployee);

        var replied = (await w.Send(new AddCaseMessage(created.Id, "Vilken skrivare gäller det?", NextStatus: CaseStatus.WaitingForRequester), w.ItAgent)).ShouldBeOk();
        replied.Summary.Status.ShouldBe(CaseStatus.WaitingForRequester);
        replied.FirstResponseAtUtc.ShouldNotBeNull();
        (await w.Send(new AddCaseMessage(created.Id, "Kollade loggen: toner slut", Internal: true), w.ItAgent)).ShouldBeOk();

        w.App.Clock.Advance(TimeSpan.FromHours(1));
        var answered = (await w.Send(new AddCaseMessage(created.Id, "HP 4250 i korridor B"), w.KarolinskaEmployee)).ShouldBeOk();
        answered.Summary.Status.ShouldBe(CaseStatus.InProgress, "the requester's answer sets the case moving again");
        answered.Events.ShouldNotContain(e => e.Kind == CaseEventKind.InternalNote, "a requester never sees internal notes");

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new SolveCase(created.Id, null, "Bytte toner"), w.ItAgent));
        refused.RuleName.ShouldBe(nameof(SolvingNeedsRootCauseRule));

        (await w.Send(new SolveCase(created.Id, w.UserError, "Bytte toner"), w.ItAgent)).ShouldBeOk().RootCauseName.ShouldBe("Användarfel");
        var seenByRequester = (await w.Send(new GetCase(created.Id.ToString()), w.KarolinskaEmployee)).ShouldBeOk();
        seenByRequester.Abilities.CanConfirmSolved.ShouldBeTrue();
        var closed = (await w.Send(new CloseCase(created.Id), w.KarolinskaEmployee)).ShouldBeOk();
        closed.Summary.Status.ShouldBe(CaseStatus.Closed);

        await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new AddCaseMessage(created.Id, "En sak till"), w.KarolinskaEmployee));
        var history = (await w.Send(new GetCase(created.Number), w.ItAgent)).ShouldBeOk().Events.Select(e => e.Kind).ToList();
        history.ShouldContain(CaseEventKind.InternalNote);
        history.Count(k => k == CaseEventKind.StatusChanged).ShouldBe(4);
    }

    [Theory, AllDatabases]
    public async Task A_step_the_flow_does_not_allow_is_refused_with_the_reason_and_nothing_changes(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = await w.Raise(w.KarolinskaEmployee);

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new ChangeCaseStatus(created.Id, CaseStatus.Closed), w.ItAgent));

        refused.Message.ShouldContain("kan inte gå från \"Ny\" till \"Stängt\"");
        var events = await w.App.Query(d => d.CaseEvents.CountAsync(e => e.CaseId == created.Id));
        events.ShouldBe(1);
    }

    [Theory, AllDatabases]
    public async Task Queues_follow_the_group_the_case_is_in(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var printer = await w.Raise(w.KarolinskaEmployee);
        var payroll = await w.Raise(w.SosEmployee, "Fel lön i mars", "loneadministration", CaseType.Question);

        (await w.Send(new ListCases(CaseListView.Queue), w.ItAgent)).ShouldBeOk().Rows.Select(r => r.Number).ShouldBe([printer.Number]);
        (await w.Send(new ListCases(CaseListView.Queue), w.FirstLineAgent)).ShouldBeOk().Rows.Select(r => r.Number).ShouldBe([payroll.Number]);
        (await w.Send(new ListCases(CaseListView.All), w.FirstLineAgent)).ShouldBeOk().Total.ShouldBe(2, "the one way in sees every case");
        (await w.Send(new ListCases(CaseListView.All), w.LoneAgent)).ShouldBeOk().Total.ShouldBe(0);

        (await w.Send(new AssignCase(printer.Id, w.FirstLineGroup, w.FirstLineAgent.UserId), w.ItAgent)).ShouldBeOk();

        (await w.Send(new GetCase(printer.Id.ToString()), w.ItAgent)).Status.ShouldBe(ResultStatus.NotFound, "the case left the IT group");
        var moved = (await w.Send(new GetCase(printer.Number), w.FirstLineAgent)).ShouldBeOk();
        (moved.Summary.GroupName, moved.Summary.AssigneeName).ShouldBe(("Kundtjänst", "Karin Kundtjänst"));
        moved.Events.Last(e => e.Kind == CaseEventKind.GroupChanged).To.ShouldBe("Kundtjänst");
    }

    [Theory, AllDatabases]
    public async Task An_agent_registers_a_call_in_a_few_keystrokes_and_sees_who_is_calling(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await w.Raise(w.SosEmployee, "Tidigare ärende", "it_arbetsplats");

        var found = (await w.Send(new FindContacts("086161000"), w.FirstLineAgent)).ShouldBeOk();
        var caller = found.ShouldHaveSingleItem();
        (caller.Name, caller.CustomerName).ShouldBe(("Siv Telefonsson", "Södersjukhuset AB"));
        (await w.Send(new FindContacts("telef"), w.FirstLineAgent)).ShouldBeOk().ShouldHaveSingleItem().Id.ShouldBe(caller.Id);

        var call = (await w.Send(new CreateCase
        {
            Type = CaseType.Question, Subject = "Hur byter jag lösenord?", Description = "Ringde in.", Channel = CaseChannel.Phone, ContactId = caller.Id,
        }, w.FirstLineAgent)).ShouldBeOk();

        call.GroupName.ShouldBe("Kundtjänst");
        var details = (await w.Send(new GetCase(call.Number), w.FirstLineAgent)).ShouldBeOk();
        details.Summary.Channel.ShouldBe(CaseChannel.Phone);
        details.Summary.CustomerName.ShouldBe("Södersjukhuset AB");
        details.Requester!.CustomerName.ShouldBe("Södersjukhuset AB");
        details.Requester.Phone.ShouldBe("08-616 10 00");
        details.Requester.ServicesUsed.ShouldNotBeEmpty();
        (await w.Send(new FindContacts("086161000"), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task A_case_for_a_service_the_customer_does_not_use_is_allowed_and_flagged(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var notUsed = await w.App.Query(d => d.ServiceUsages
            .Where(u => u.CustomerId == w.Karolinska.Id && u.Status == UsageStatus.DoesNotUse).Select(u => u.ServiceCode).FirstAsync());

        var created = await w.Raise(w.KarolinskaEmployee, "Fråga", notUsed, CaseType.Question);

        created.ServiceNotUsedByCustomer.ShouldBeTrue();
        (await w.Send(new GetCase(created.Number), w.FirstLineAgent)).ShouldBeOk().ServiceNotUsedByCustomer.ShouldBeTrue();
    }

    [Theory, AllDatabases]
    public async Task An_unknown_service_is_refused_naming_the_field(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => w.Raise(w.KarolinskaEmployee, service: "finns_inte"));

        refused.Errors.Keys.ShouldBe(["serviceCode"]);
        (await w.App.Query(d => d.Cases.CountAsync())).ShouldBe(0);
    }

    [Theory, AllDatabases]
    public async Task Cases_opened_at_the_same_time_get_distinct_consecutive_numbers(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => w.Raise(w.KarolinskaEmployee, "Ärende " + i)));

        created.Select(c => c.Number).Order(StringComparer.Ordinal)
            .ShouldBe(Enumerable.Range(1, 12).Select(i => new CaseNumber(2026, i).ToString()));
    }

    [Theory, AllDatabases]
    public async Task Numbering_starts_again_at_one_each_year_and_goes_on_in_the_old_year(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        (await w.Raise(w.KarolinskaEmployee)).Number.ShouldBe("KT-2026-000001");
        (await w.Raise(w.KarolinskaEmployee)).Number.ShouldBe("KT-2026-000002");

        w.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
        (await w.Raise(w.KarolinskaEmployee)).Number.ShouldBe("KT-2027-000001");
        (await w.Send(new CreateCase { Subject = "Telefonen", Description = "Ringer inte", ContactId = w.CallerContact, Channel = CaseChannel.Phone }, w.FirstLineAgent))
            .ShouldBeOk().Number.ShouldBe("KT-2027-000002", "a case for a known contact takes its number the same way");
    }

    [Theory, AllDatabases]
    public async Task A_case_opened_as_the_year_turns_carries_a_number_of_the_year_it_was_opened_in(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var opened = new List<(string Number, DateTime CreatedAtUtc)>();
        // Every reading of the clock moves it on a millisecond: started a few readings before midnight, the year turns
        // somewhere inside the case's opening, wherever the use case reads the time.
        for (var early = 1; early <= 8; early++)
        {
            w.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMilliseconds(-early));
            w.App.Clock.AdvanceOnEveryRead = TimeSpan.FromMilliseconds(1);
            var created = await w.Raise(w.KarolinskaEmployee);
            w.App.Clock.AdvanceOnEveryRead = TimeSpan.Zero;
            opened.Add((created.Number, await w.App.Query(d => d.Cases.Where(c => c.Id == created.Id).Select(c => c.CreatedAtUtc).SingleAsync())));
        }

        opened.Select(o => o.CreatedAtUtc.Year).Distinct().Order().ToArray().ShouldBe(new[] { 2026, 2027 }, "some cases opened before midnight and some after");
        opened.ShouldAllBe(o => o.Number.StartsWith($"KT-{o.CreatedAtUtc.Year}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_upgrade_to_sequences_PostgreSQL_goes_on_after_the_last_number_the_counter_gave()
    {
        await using var w = await ServiceDeskWorld.Start(DatabaseKind.Postgres);
        // An installation that numbered its cases of 2026 by the counter table up to 41 before the upgrade.
        await w.App.Query(d => d.Database.ExecuteSqlRawAsync("""INSERT INTO "CaseNumberCounters" ("Year", "LastSequence") VALUES (2026, 41)"""));

        (await w.Raise(w.KarolinskaEmployee)).Number.ShouldBe("KT-2026-000042");
        (await w.Raise(w.KarolinskaEmployee)).Number.ShouldBe("KT-2026-000043");
    }

    [Theory, AllDatabases]
    public async Task A_case_whose_history_cannot_be_stored_leaves_nothing_behind(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        // The database refuses the case's first event, as a full disk or a lost connection would in the middle of the save.
        await w.App.Query(d => d.Database.ExecuteSqlRawAsync(db == DatabaseKind.Postgres
            ? """
              CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no room'; END $$;
              CREATE TRIGGER refuse_event BEFORE INSERT ON "CaseEvents" FOR EACH ROW EXECUTE FUNCTION refuse_event();
              """
            : """CREATE TRIGGER refuse_event BEFORE INSERT ON "CaseEvents" BEGIN SELECT RAISE(ABORT, 'no room'); END;"""));

        await Should.ThrowAsync<DbUpdateException>(() => w.Raise(w.KarolinskaEmployee));

        (await w.App.Query(d => d.Cases.IgnoreQueryFilters().CountAsync())).ShouldBe(0, "the case went in the same batch as its event");
        (await w.App.Query(d => d.Contacts.IgnoreQueryFilters().CountAsync(c => c.UserId == w.KarolinskaEmployee.UserId)))
            .ShouldBe(0, "and so did the requester's new directory entry");

        await w.App.Query(d => d.Database.ExecuteSqlRawAsync(db == DatabaseKind.Postgres ? "DROP TRIGGER refuse_event ON \"CaseEvents\"" : "DROP TRIGGER refuse_event"));
        (await w.Raise(w.KarolinskaEmployee)).Number.ShouldBe(db == DatabaseKind.Postgres ? "KT-2026-000002" : "KT-2026-000001",
            "PostgreSQL takes the number ahead, so the failed case leaves a gap; numbers stay unique");
    }
}
