using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Problems;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Problems;

/// <summary>
/// Problem records: recurring root causes become a problem with their cases linked in one step; the problem moves
/// registered → under investigation → known error (workaround, seen by agents on the linked cases) → solved → closed;
/// linking follows the case view, and the requester's side never sees a problem.
/// </summary>
public class ProblemTests
{
    [Theory, AllDatabases]
    public async Task Recurring_causes_count_the_cases_of_the_window_and_leave_out_causes_below_the_threshold_or_covered_by_an_open_problem(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var systemError = await w.SystemError();
        // 100 days before "now": outside the 90-day window.
        await w.RaiseAndSolveWith(w.KarolinskaEmployee, "Gammalt fel", w.UserError);
        await w.RaiseAndSolveWith(w.KarolinskaEmployee, "Gammalt systemfel", systemError);
        w.App.Clock.Advance(TimeSpan.FromDays(100));
        var recent = new List<CaseCreated>();
        foreach (var subject in new[] { "Glömt lösenord", "Fel knapp", "Fel skrivare vald" })
        {
            recent.Add(await w.RaiseAndSolveWith(w.KarolinskaEmployee, subject, w.UserError));
        }

        await w.RaiseAndSolveWith(w.SosEmployee, "Systemet hänger", systemError);
        await w.RaiseAndSolveWith(w.SosEmployee, "Systemet hänger igen", systemError);
        await w.Raise(w.SosEmployee, "Ännu inte löst");

        var causes = (await w.Send(new ListRecurringCauses(), As.Admin)).ShouldBeOk();

        // Användarfel: 3 in the window (the fourth is 100 days old); Systemfel: 2 in the window (+1 old) is below 3.
        var cause = causes.ShouldHaveSingleItem();
        (cause.RootCauseName, cause.Cases, cause.UnlinkedCases).ShouldBe(("Användarfel", 3, 3));
        cause.CaseNumbers.Order().ShouldBe(recent.Select(r => r.Number).Order());
        cause.ServiceCodes.ShouldBe(["it_arbetsplats"]);
        (await w.Send(new ListRecurringCauses(MinimumCases: 2), As.Admin)).ShouldBeOk().Select(c => (c.RootCauseName, c.Cases))
            .ShouldBe([("Användarfel", 3), ("Systemfel", 2)]);
        (await w.Send(new ListRecurringCauses(MinimumCases: 2, WindowDays: 200), As.Admin)).ShouldBeOk().Select(c => (c.RootCauseName, c.Cases))
            .ShouldBe([("Användarfel", 4), ("Systemfel", 3)]);

        var created = (await w.Send(new CreateProblem
        {
            Title = "Användare väljer fel skrivare", Description = "Återkommer efter bytet av skrivarkö.", RootCauseId = w.UserError,
            OwnerGroupId = w.ItGroup, LinkRecurringCases = true,
        }, As.Admin)).ShouldBeOk();

        (created.Number, created.LinkedCases).ShouldBe(("PR-2026-0001", 3));
        (await w.Send(new ListRecurringCauses(), As.Admin)).ShouldBeOk().ShouldBeEmpty("an open problem covers the cause now");
        var problem = (await w.Send(new GetProblem(created.Number), As.Admin)).ShouldBeOk();
        problem.LinkedCases.Select(c => c.Number).Order().ShouldBe(recent.Select(r => r.Number).Order());
        problem.Summary.Services.ShouldBe(["It-arbetsplats"]);
        problem.Events.Count(e => e.Kind == ProblemEventKind.CaseLinked).ShouldBe(3);
        foreach (var linked in recent)
        {
            (await w.Send(new GetCase(linked.Number), w.ItAgent)).ShouldBeOk().Events
                .ShouldContain(e => e.Kind == CaseEventKind.ProblemLinked && e.To == "PR-2026-0001" && !e.IsPublic);
        }

        await w.MoveTo(problem.Summary.Id, ProblemStatus.UnderInvestigation);
        await w.MoveTo(problem.Summary.Id, ProblemStatus.Solved);
        var again = (await w.Send(new ListRecurringCauses(), As.Admin)).ShouldBeOk().ShouldHaveSingleItem("a solved problem no longer covers its cause");
        (again.Cases, again.UnlinkedCases).ShouldBe((3, 0));
        (await w.Send(new CreateProblem { Title = "Andra", OwnerGroupId = w.ItGroup }, As.Admin)).ShouldBeOk().Number.ShouldBe("PR-2026-0002");
    }

    [Theory, AllDatabases]
    public async Task The_problem_moves_through_its_flow_refusing_steps_it_does_not_allow_and_agents_see_the_workaround_on_linked_cases(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var @case = await w.Raise(w.KarolinskaEmployee);
        var problem = (await w.Send(new CreateProblem { Title = "Skrivarkön tappar jobb", OwnerGroupId = w.ItGroup, RootCauseId = w.UserError }, As.Admin))
            .ShouldBeOk();
        (await w.Send(new LinkCaseToProblem(@case.Id, problem.Number), w.ItAgent)).ShouldBeOk().Linked.ShouldNotBeNull().Number.ShouldBe(problem.Number);

        var skipped = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new ChangeProblemStatus(problem.Id, ProblemStatus.KnownError, "Starta om"), As.Admin));
        skipped.RuleName.ShouldBe(nameof(ProblemStatusTransitionMustBeAllowedRule));
        skipped.Message.ShouldBe("Problemet kan inte gå från ”Registrerat” till ”Känt fel”. Härifrån kan det gå till: Under utredning, Stängt.");
        await w.MoveTo(problem.Id, ProblemStatus.UnderInvestigation);
        var noWorkaround = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new ChangeProblemStatus(problem.Id, ProblemStatus.KnownError), As.Admin));
        noWorkaround.RuleName.ShouldBe(nameof(KnownErrorNeedsWorkaroundRule));
        (await w.Send(new GetCaseProblem(@case.Id), w.ItAgent)).ShouldBeOk().Linked!.Workaround.ShouldBeNull();

        var known = (await w.Send(new ChangeProblemStatus(problem.Id, ProblemStatus.KnownError, "  Skriv ut till kö B tills vidare.  "), As.Admin)).ShouldBeOk();

        (known.Summary.Status, known.Workaround).ShouldBe((ProblemStatus.KnownError, "Skriv ut till kö B tills vidare."));
        var seen = (await w.Send(new GetCaseProblem(@case.Id), w.ItAgent)).ShouldBeOk().Linked!;
        (seen.Status, seen.Workaround).ShouldBe((ProblemStatus.KnownError, "Skriv ut till kö B tills vidare."));

        var followed = (await w.Send(new FollowUpProblem(problem.Id, "Leverantören felsöker.", new DateOnly(2026, 3, 16)), As.Admin)).ShouldBeOk();
        followed.Summary.NextFollowUpOn.ShouldBe(new DateOnly(2026, 3, 16));
        var withAction = (await w.Send(new AddProblemAction(problem.Id, "Uppgradera skrivarservern", "Ivar It", new DateOnly(2026, 3, 20)), As.Admin)).ShouldBeOk();
        var action = withAction.Actions.ShouldHaveSingleItem();
        (action.Text, action.Responsible, action.DueOn, action.DoneAtUtc).ShouldBe(("Uppgradera skrivarservern", "Ivar It", (DateOnly?)new DateOnly(2026, 3, 20), (DateTime?)null));
        (await w.Send(new CompleteProblemAction(problem.Id, action.Id), As.Admin)).ShouldBeOk().Actions.Single().DoneAtUtc.ShouldNotBeNull();
        await w.MoveTo(problem.Id, ProblemStatus.Solved);
        var closed = await w.MoveTo(problem.Id, ProblemStatus.Closed);

        closed.NextStatuses.ShouldBeEmpty();
        // The test clock stands still, so the history's order within one instant is not asserted; its contents are.
        closed.Events.Select(e => e.Kind).Order().ShouldBe(new[]
        {
            ProblemEventKind.Created, ProblemEventKind.CaseLinked, ProblemEventKind.StatusChanged, ProblemEventKind.StatusChanged,
            ProblemEventKind.WorkaroundChanged, ProblemEventKind.FollowUpNote, ProblemEventKind.ActionAdded, ProblemEventKind.ActionDone,
            ProblemEventKind.StatusChanged, ProblemEventKind.StatusChanged,
        }.Order());
        closed.Events.Where(e => e.Kind == ProblemEventKind.StatusChanged).Select(e => e.To).Order().ShouldBe(
            new[] { "UnderInvestigation", "KnownError", "Solved", "Closed" }.Order());
        var final = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new ChangeProblemStatus(problem.Id, ProblemStatus.UnderInvestigation), As.Admin));
        final.Message.ShouldBe("Problemet kan inte gå från ”Stängt” till ”Under utredning”. Härifrån kan det gå till: inget (problemet är stängt).");
    }

    [Theory, AllDatabases]
    public async Task Linking_follows_the_case_view_and_the_requesters_side_never_sees_a_problem(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var itCase = await w.Raise(w.KarolinskaEmployee);
        var firstLineCase = await w.Raise(w.SosEmployee, "Fråga om fakturan", service: null, type: CaseType.Question);
        var problem = (await w.Send(new CreateProblem { Title = "Fakturor och skrivare", OwnerGroupId = w.ItGroup }, As.Admin)).ShouldBeOk();

        (await w.Send(new LinkCaseToProblem(itCase.Id, problem.Number), w.LoneAgent)).Status.ShouldBe(ResultStatus.NotFound, "an agent outside the case's queue");
        (await w.Send(new LinkCaseToProblem(firstLineCase.Id, problem.Number), w.ItAgent)).Status.ShouldBe(ResultStatus.NotFound);
        (await w.Send(new LinkCaseToProblem(itCase.Id, problem.Number), w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new LinkCaseToProblem(itCase.Id, problem.Number), w.ItAgent)).ShouldBeOk();
        (await w.Send(new LinkCaseToProblem(firstLineCase.Id, problem.Number), w.FirstLineAgent)).ShouldBeOk();

        var asItAgent = (await w.Send(new GetProblem(problem.Number), w.ItAgent)).ShouldBeOk();
        asItAgent.LinkedCases.Select(c => c.Number).ShouldBe([itCase.Number]);
        (asItAgent.Summary.LinkedCases, asItAgent.LinkedCasesNotShown, asItAgent.CanManage).ShouldBe((2, 1, false));
        (await w.Send(new GetProblem(problem.Number), As.Admin)).ShouldBeOk().LinkedCases.Count.ShouldBe(2);

        foreach (var requesterSide in new[] { w.KarolinskaOrderer, w.SosOrderer, w.KarolinskaEmployee })
        {
            (await w.Send(new ListProblems(ProblemStateFilter.All), requesterSide)).Status.ShouldBe(ResultStatus.Forbidden);
            (await w.Send(new GetProblem(problem.Number), requesterSide)).Status.ShouldBe(ResultStatus.Forbidden);
            (await w.Send(new ListRecurringCauses(), requesterSide)).Status.ShouldBe(ResultStatus.Forbidden);
        }

        (await w.Send(new GetCaseProblem(itCase.Id), w.KarolinskaOrderer)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new GetCase(itCase.Number), w.KarolinskaOrderer)).ShouldBeOk().Events.ShouldNotContain(e => e.Kind == CaseEventKind.ProblemLinked);
        (await w.Send(new GetCase(itCase.Number), w.KarolinskaEmployee)).ShouldBeOk().Events.ShouldNotContain(e => e.Kind == CaseEventKind.ProblemLinked);

        var other = (await w.Send(new CreateProblem { Title = "Annat", OwnerGroupId = w.ItGroup }, As.Admin)).ShouldBeOk();
        var refused = await Should.ThrowAsync<BusinessRuleException>(() => w.Send(new LinkCaseToProblem(itCase.Id, other.Number), w.ItAgent));
        refused.Message.ShouldBe($"Ärendet är redan kopplat till problem {problem.Number}.");
        (await w.Send(new ListProblems(Search: "faktur"), w.ItAgent)).ShouldBeOk().Select(p => p.Number).ShouldBe([problem.Number]);
        (await w.Send(new ChangeProblemStatus(problem.Id, ProblemStatus.UnderInvestigation), w.ItAgent)).Status.ShouldBe(ResultStatus.Forbidden);
    }
}

public static class ProblemWorld
{
    public static async Task<Guid> SystemError(this ServiceDeskWorld w) =>
        await w.App.Query(d => d.RootCauses.Where(r => r.Code == "systemfel").Select(r => r.Id).SingleAsync());

    public static async Task<CaseCreated> RaiseAndSolveWith(this ServiceDeskWorld w, UserContext requester, string subject, Guid cause)
    {
        var created = await w.Raise(requester, subject);
        (await w.Send(new SolveCase(created.Id, cause, "Åtgärdat."), w.ItAgent)).ShouldBeOk();
        return created;
    }

    public static async Task<ProblemDetails> MoveTo(this ServiceDeskWorld w, Guid problemId, ProblemStatus status, string? workaround = null) =>
        (await w.Send(new ChangeProblemStatus(problemId, status, workaround), As.Admin)).ShouldBeOk();
}
