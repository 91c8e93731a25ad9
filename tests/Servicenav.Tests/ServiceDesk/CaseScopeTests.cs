using Microsoft.EntityFrameworkCore;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>
/// Nobody sees another customer's case (GLPI #127, Zammad #1857, #2767), and an employee sees only their own:
/// by list, search, id, number, and by every action on a case.
/// </summary>
public class CaseScopeTests
{
    [Theory, AllDatabases]
    public async Task Another_customers_case_is_not_found_by_any_path(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var theirs = await w.Raise(w.KarolinskaEmployee, "Känsligt: patientjournal skrivs ut fel");

        foreach (var outsider in new[] { w.SosEmployee, w.SosOrderer })
        {
            (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Any), outsider)).ShouldBeOk().Total.ShouldBe(0);
            (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, Search: theirs.Number), outsider)).ShouldBeOk().Total.ShouldBe(0);
            (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, Search: "patientjournal"), outsider)).ShouldBeOk().Total.ShouldBe(0);
            (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Any, CustomerId: w.Karolinska.Id), outsider)).ShouldBeOk().Total.ShouldBe(0);
            (await w.Send(new GetCase(theirs.Id.ToString()), outsider)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new GetCase(theirs.Number), outsider)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new AddCaseMessage(theirs.Id, "Hej"), outsider)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new CloseCase(theirs.Id), outsider)).Status.ShouldBe(ResultStatus.NotFound);
            (await w.Send(new ReopenCase(theirs.Id, "x"), outsider)).Status.ShouldBe(ResultStatus.NotFound);
        }

        (await w.App.Query(d => d.CaseEvents.CountAsync(e => e.CaseId == theirs.Id))).ShouldBe(1, "nothing was written by the outsiders");
    }

    [Theory, AllDatabases]
    public async Task An_employee_sees_own_cases_and_the_customers_orderer_sees_all_of_the_customers(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee, "Min dator");
        var colleagues = await w.Raise(w.KarolinskaColleague, "Kollegans dator");

        (await w.Send(new ListCases(CaseListView.All), w.KarolinskaEmployee)).ShouldBeOk().Rows.Select(r => r.Number).ShouldBe([mine.Number]);
        (await w.Send(new GetCase(colleagues.Number), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new ListCases(CaseListView.All), w.KarolinskaOrderer)).ShouldBeOk().Total.ShouldBe(2);
        var asOrderer = (await w.Send(new GetCase(colleagues.Number), w.KarolinskaOrderer)).ShouldBeOk();
        asOrderer.Abilities.CanWork.ShouldBeFalse();
    }

    [Theory, AllDatabases]
    public async Task A_requester_cannot_work_their_own_case_as_an_agent(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee);

        (await w.Send(new ChangeCaseStatus(mine.Id, CaseStatus.InProgress), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new AddCaseMessage(mine.Id, "Notering", Internal: true), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new SolveCase(mine.Id, w.UserError, "Löst"), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new ListResolverGroups(), w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task An_agent_outside_the_cases_groups_cannot_see_or_change_it(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var printer = await w.Raise(w.KarolinskaEmployee);

        (await w.Send(new GetCase(printer.Number), w.LoneAgent)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new AddCaseMessage(printer.Id, "Hej"), w.LoneAgent)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new AssignCase(printer.Id, w.ItGroup, null), w.LoneAgent)).Status.ShouldBe(ResultStatus.NotFound);
    }
}
