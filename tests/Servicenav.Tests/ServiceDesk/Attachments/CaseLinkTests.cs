using Microsoft.EntityFrameworkCore;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Links;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Attachments;

/// <summary>Linking cases: by agents who may see both, once, never to itself, shown on both, and only as far as the reader may see.</summary>
public class CaseLinkTests
{
    [Theory, AllDatabases]
    public async Task An_agent_links_two_cases_and_the_link_shows_on_both_and_in_both_histories(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var one = await w.Raise(w.KarolinskaEmployee, "Skrivaren plan 3");
        var two = await w.Raise(w.KarolinskaColleague, "Samma skrivare");

        var links = (await w.Send(new LinkCases(one.Id, two.Number), w.ItAgent)).ShouldBeOk();

        links.Links.Select(l => (l.Number, l.Subject, l.Status)).ShouldBe([(two.Number, "Samma skrivare", CaseStatus.New)]);
        (await w.Send(new ListCaseLinks(two.Id), w.FirstLineAgent)).ShouldBeOk().Links.Select(l => l.Number).ShouldBe([one.Number]);
        (await w.Send(new GetCase(one.Number), w.ItAgent)).ShouldBeOk().Events.ShouldContain(e => e.Kind == CaseEventKind.Linked && e.To == two.Number);
        (await w.Send(new GetCase(two.Number), w.ItAgent)).ShouldBeOk().Events.ShouldContain(e => e.Kind == CaseEventKind.Linked && e.To == one.Number);

        // The employee sees the link's existence only to cases they may see: not their colleague's.
        (await w.Send(new ListCaseLinks(one.Id), w.KarolinskaEmployee)).ShouldBeOk().Links.ShouldBeEmpty();
        (await w.Send(new ListCaseLinks(one.Id), w.KarolinskaOrderer)).ShouldBeOk().Links.Select(l => l.Number).ShouldBe([two.Number]);
        (await w.Send(new ListCaseLinks(one.Id), w.SosOrderer)).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Theory, AllDatabases]
    public async Task A_case_is_not_linked_to_itself_twice_or_to_a_case_the_agent_cannot_see(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var one = await w.Raise(w.KarolinskaEmployee, "Ett");
        var two = await w.Raise(w.SosEmployee, "Två");
        var elsewhere = await w.Raise(w.SosEmployee, "Annan grupp", service: null);

        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new LinkCases(one.Id, one.Number), w.ItAgent)))
            .Message.ShouldBe("Ett ärende kan inte länkas till sig självt.");
        (await w.Send(new LinkCases(one.Id, two.Id.ToString()), w.ItAgent)).ShouldBeOk();
        (await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new LinkCases(two.Id, one.Number), w.ItAgent)))
            .Message.ShouldBe("Ärendena är redan länkade.");
        (await w.Send(new LinkCases(one.Id, elsewhere.Number), w.ItAgent)).Status.ShouldBe(ResultStatus.NotFound, "the first-line queue is not the IT agent's");
        (await w.Send(new LinkCases(one.Id, "KT-2026-999999"), w.ItAgent)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new LinkCases(one.Id, two.Number), w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);

        (await w.App.Query(d => d.CaseLinks.CountAsync())).ShouldBe(2, "one link, one row on each case");
    }

    [Theory, AllDatabases]
    public async Task Unlinking_removes_the_link_from_both_cases_and_records_it(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var one = await w.Raise(w.KarolinskaEmployee, "Ett");
        var two = await w.Raise(w.KarolinskaEmployee, "Två");
        (await w.Send(new LinkCases(one.Id, two.Number), w.ItAgent)).ShouldBeOk();

        (await w.Send(new UnlinkCases(two.Id, one.Id), w.FirstLineAgent)).ShouldBeOk().Links.ShouldBeEmpty();

        (await w.Send(new ListCaseLinks(one.Id), w.ItAgent)).ShouldBeOk().Links.ShouldBeEmpty();
        (await w.Send(new GetCase(one.Number), w.ItAgent)).ShouldBeOk().Events.ShouldContain(e => e.Kind == CaseEventKind.Unlinked && e.From == two.Number);
        (await w.Send(new UnlinkCases(two.Id, one.Id), w.FirstLineAgent)).Status.ShouldBe(ResultStatus.NotFound);
    }
}
