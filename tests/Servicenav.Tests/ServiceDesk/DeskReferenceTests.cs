using Microsoft.EntityFrameworkCore;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>
/// Routes, groups and the catalogue are read from a per-process cache on every case; a change to them must apply to
/// the very next case, not a minute later.
/// </summary>
public class DeskReferenceTests
{
    [Theory, AllDatabases]
    public async Task A_route_changed_after_cases_were_raised_sends_the_next_case_to_the_new_group(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        (await w.Raise(w.KarolinskaEmployee)).GroupName.ShouldBe("It-support");

        (await w.Send(new RouteService("it_arbetsplats", w.FirstLineGroup), As.Admin)).ShouldBeOk();

        (await w.Raise(w.KarolinskaEmployee)).GroupName.ShouldBe("Kundtjänst");
    }

    [Theory, AllDatabases]
    public async Task A_group_renamed_after_cases_were_raised_shows_its_new_name_and_its_new_targets_apply(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var before = await w.Raise(w.KarolinskaEmployee);
        (await GroupDue(w, before.Id)).ShouldNotBeNull("It-support has a 16-hour OLA");

        (await w.Send(new SaveResolverGroup
        {
            Id = w.ItGroup, Code = "it-support", Name = "It-support andra linjen", MemberUserIds = [w.ItAgent.UserId!.Value],
        }, As.Admin)).ShouldBeOk();

        var after = await w.Raise(w.KarolinskaEmployee);
        after.GroupName.ShouldBe("It-support andra linjen");
        (await GroupDue(w, after.Id)).ShouldBeNull("the group's OLA was removed");
    }

    [Theory, AllDatabases]
    public async Task A_text_search_in_the_queue_keeps_the_queues_order(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var low = await Raise(w, "Skrivaren låter konstigt", Urgency.Low);
        w.App.Clock.Advance(TimeSpan.FromMinutes(5));
        var high = await Raise(w, "Skrivaren brinner", Urgency.High);
        w.App.Clock.Advance(TimeSpan.FromMinutes(5));
        var medium = await Raise(w, "Skrivaren är borta", Urgency.Medium);
        await Raise(w, "Lösenordet har gått ut", Urgency.High);

        var queue = (await w.Send(new ListCases(CaseListView.Queue), w.ItAgent)).ShouldBeOk();
        var searched = (await w.Send(new ListCases(CaseListView.Queue, Search: "skrivaren"), w.ItAgent)).ShouldBeOk();

        searched.Rows.Select(r => r.Number).ShouldBe([high.Number, medium.Number, low.Number]);
        queue.Rows.Select(r => r.Number).Where(n => searched.Rows.Any(s => s.Number == n)).ShouldBe(searched.Rows.Select(r => r.Number));
        (searched.Total, searched.MoreThanTotal).ShouldBe((3, false));
        var newest = (await w.Send(new ListCases(CaseListView.All, Search: "skrivaren"), w.ItAgent)).ShouldBeOk();
        newest.Rows.Select(r => r.Number).ShouldBe([medium.Number, high.Number, low.Number]);
        // A first-line agent sees every case: on SQLite the newest hits come straight from the text index.
        var firstLine = (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, Search: "skrivaren"), w.FirstLineAgent)).ShouldBeOk();
        firstLine.Rows.Select(r => r.Number).ShouldBe([medium.Number, high.Number, low.Number]);
        (firstLine.Total, firstLine.MoreThanTotal).ShouldBe((3, false));
    }

    private static Task<DateTime?> GroupDue(ServiceDeskWorld w, Guid caseId) =>
        w.App.Query(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Clocks.GroupDueUtc).SingleAsync());

    private static async Task<CaseCreated> Raise(ServiceDeskWorld w, string subject, Urgency urgency) =>
        (await w.Send(new CreateCase { Subject = subject, Description = "Det gäller plan 3.", ServiceCode = "it_arbetsplats", Impact = Impact.High, Urgency = urgency },
            w.KarolinskaEmployee)).ShouldBeOk();
}
