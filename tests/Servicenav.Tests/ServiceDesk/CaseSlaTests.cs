using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Sla;
using Servicenav.ServiceDesk.Features;
using Servicenav.Tests.Infrastructure;
using Case = Servicenav.ServiceDesk.Domain.Case;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>
/// A case's SLA clocks computed from its history in the service's business hours: It-arbetsplats is open weekdays
/// 07–18 and promises priority 2 a first response in 4 h and a solution in 16 h; the IT group's own target is 16 h.
/// All times below are Swedish (CET in March, UTC+1).
/// </summary>
public class CaseSlaTests
{
    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(1));

    private static async Task<Case> Stored(ServiceDeskWorld w, Guid id) => await w.App.Query(d => d.Cases.AsNoTracking().SingleAsync(c => c.Id == id));

    private static async Task<List<CaseEvent>> SlaEvents(ServiceDeskWorld w, Guid id) => await w.App.Query(d => d.CaseEvents.AsNoTracking()
        .Where(e => e.CaseId == id && (e.Kind == CaseEventKind.SlaWarning || e.Kind == CaseEventKind.SlaBreached)).OrderBy(e => e.AtUtc).ToListAsync());

    [Theory, AllDatabases]
    public async Task The_clocks_run_in_business_hours_pause_while_waiting_and_warn_and_breach_once(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        w.App.Clock.SetUtcNow(Local(6, 15)); // Friday 15:00
        var created = (await w.Send(new CreateCase
        {
            Type = CaseType.FaultReport, Subject = "Dockan laddar inte", Description = "Ingen ström.", ServiceCode = "it_arbetsplats",
            Impact = Impact.Medium, Urgency = Urgency.High,
        }, w.KarolinskaEmployee)).ShouldBeOk();

        var fresh = await Stored(w, created.Id);
        fresh.Priority.ShouldBe(2);
        fresh.Clocks.ResponseDueUtc.ShouldBe(Local(9, 8).UtcDateTime, "Fri 15–18 is 3 h, the fourth hour is Monday 07–08");
        fresh.Clocks.ResolutionDueUtc.ShouldBe(Local(10, 9).UtcDateTime, "3 h Friday + 11 h Monday + 2 h Tuesday");

        w.App.Clock.SetUtcNow(Local(9, 9)); // Monday 09:00, an hour after the response was due
        (await w.Send(new AddCaseMessage(created.Id, "Vilken docka?", NextStatus: CaseStatus.WaitingForRequester), w.ItAgent)).ShouldBeOk();
        var waiting = await Stored(w, created.Id);
        (waiting.Clocks.ResponseSla, waiting.Clocks.ResolutionSla, waiting.Clocks.ResolutionDueUtc).ShouldBe((SlaStatus.MetLate, SlaStatus.Paused, (DateTime?)null));
        (await SlaEvents(w, created.Id)).ShouldHaveSingleItem().AtUtc.ShouldBe(Local(9, 8).UtcDateTime, "the late first response is recorded at the instant it was due");

        w.App.Clock.SetUtcNow(Local(10, 10)); // Tuesday 10:00: 5 h used, 11 h left
        (await w.Send(new AddCaseMessage(created.Id, "Dell WD19"), w.KarolinskaEmployee)).ShouldBeOk();
        (await Stored(w, created.Id)).Clocks.ResolutionDueUtc.ShouldBe(Local(11, 10).UtcDateTime, "Tuesday 10–18 is 8 h, the last 3 h Wednesday 07–10");

        w.App.Clock.SetUtcNow(Local(11, 8, 30));
        var first = (await w.Send(new RecomputeSla(), UserContext.System("sla"))).ShouldBeOk();
        var again = (await w.Send(new RecomputeSla(), UserContext.System("sla"))).ShouldBeOk();
        again.Warnings.ShouldBe(0, "a warning is recorded once");
        (first.Changed, again.Changed).ShouldBe((1, 0), "a run in which nothing moved writes nothing");
        first.Warnings.ShouldBe(2, "the customer's resolution target and the IT group's own 16 h both passed 75 %");
        (await Stored(w, created.Id)).Clocks.ResolutionSla.ShouldBe(SlaStatus.Warning);
        (await SlaEvents(w, created.Id)).Last(e => e.Text == nameof(CaseSlaClock.Resolution)).AtUtc.ShouldBe(Local(10, 17).UtcDateTime, "75 % of 16 h (12 h) was used up Tuesday at 17:00");

        w.App.Clock.SetUtcNow(Local(11, 11));
        (await w.Send(new RecomputeSla(), UserContext.System("sla"))).ShouldBeOk().Breaches.ShouldBe(2);
        var breached = await Stored(w, created.Id);
        breached.Clocks.ResolutionSla.ShouldBe(SlaStatus.Breached);
        (await SlaEvents(w, created.Id)).Where(e => e.Text != nameof(CaseSlaClock.GroupResolution)).Select(e => (e.Kind, e.Text, e.AtUtc)).ShouldBe(
        [
            (CaseEventKind.SlaBreached, nameof(CaseSlaClock.Response), Local(9, 8).UtcDateTime),
            (CaseEventKind.SlaWarning, nameof(CaseSlaClock.Resolution), Local(10, 17).UtcDateTime),
            (CaseEventKind.SlaBreached, nameof(CaseSlaClock.Resolution), Local(11, 10).UtcDateTime),
        ], ignoreOrder: true);
    }

    [Theory, AllDatabases]
    public async Task The_group_target_starts_when_the_group_receives_the_case(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        w.App.Clock.SetUtcNow(Local(2, 9)); // Monday 09:00
        var created = await w.Raise(w.KarolinskaEmployee, "Något krånglar", service: null, CaseType.Question);
        (await Stored(w, created.Id)).Clocks.GroupDueUtc.ShouldBeNull("the first line has a response target only");
        (await Stored(w, created.Id)).Clocks.GroupSla.ShouldBe(SlaStatus.Running);

        w.App.Clock.SetUtcNow(Local(2, 10));
        (await w.Send(new AssignCase(created.Id, w.ItGroup, null), w.FirstLineAgent)).ShouldBeOk();

        // No service: the desk's default calendar (weekdays 08.00–16.30). 16 h from Monday 10:00: 6.5 + 8.5 + 1.
        var moved = await Stored(w, created.Id);
        moved.Clocks.GroupDueUtc.ShouldBe(Local(4, 9).UtcDateTime);
        moved.Clocks.GroupSla.ShouldBe(SlaStatus.Running);
        moved.Clocks.ResolutionDueUtc.ShouldBe(Local(6, 15).UtcDateTime,
            "the customer's target keeps running from creation: P4's default 40 h from Monday 09:00 is 7.5 + 3 × 8.5 + 7 h, Friday 15:00");
    }

    [Theory, AllDatabases]
    public async Task A_run_over_many_chunks_writes_every_case_and_its_breaches_once(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        w.App.Clock.SetUtcNow(Local(2, 9)); // Monday 09:00
        var cases = new List<CaseCreated>();
        for (var i = 0; i < 5; i++)
        {
            cases.Add(await w.Raise(w.KarolinskaEmployee, "Ärende " + i));
        }

        w.App.Clock.SetUtcNow(Local(20, 9)); // weeks later, nobody has answered: every clock has passed its due time
        var run = (await w.Send(new RecomputeSla(ChunkSize: 2), UserContext.System("sla"))).ShouldBeOk();

        (run.OpenCases, run.Changed, run.Skipped).ShouldBe((5, 5, 0), "three chunks, the last one written after the loop");
        foreach (var created in cases)
        {
            (await Stored(w, created.Id)).Clocks.ResolutionSla.ShouldBe(SlaStatus.Breached);
            (await SlaEvents(w, created.Id)).Count(e => e.Kind == CaseEventKind.SlaBreached).ShouldBe(run.Breaches / cases.Count);
        }

        var again = (await w.Send(new RecomputeSla(ChunkSize: 2), UserContext.System("sla"))).ShouldBeOk();
        (again.Changed, again.Breaches).ShouldBe((0, 0));
    }

    [Theory, AllDatabases]
    public async Task A_recompute_that_read_a_case_before_an_agent_changed_it_leaves_the_agents_clocks_alone(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        w.App.Clock.SetUtcNow(Local(2, 9)); // Monday 09:00
        var created = await w.Raise(w.KarolinskaEmployee, "Skrivaren skriver inte");
        await using var scope = w.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(UserContext.System("sla"));
        var recompute = scope.ServiceProvider.GetRequiredService<ServicenavDb>();
        var stale = await recompute.Cases.SingleAsync(c => c.Id == created.Id);
        var staleCopy = await recompute.Cases.AsNoTracking().Where(c => c.Id == created.Id).Select(CaseSlaSubject.Read).SingleAsync();

        w.App.Clock.SetUtcNow(Local(2, 10));
        (await w.Send(new AddCaseMessage(created.Id, "Vi tittar på det.", NextStatus: CaseStatus.WaitingForRequester), w.ItAgent)).ShouldBeOk();
        var agentsClocks = (await Stored(w, created.Id)).Clocks;
        agentsClocks.ResolutionSla.ShouldBe(SlaStatus.Paused);

        // Weeks later by a recompute that still holds the case as it was before the reply: every clock breached.
        w.App.Clock.SetUtcNow(Local(20, 9));
        var policy = await SlaPolicy.LoadAsync(recompute, scope.ServiceProvider.GetRequiredService<Servicenav.ServiceDesk.SlaSettings>(), CancellationToken.None);
        var historyBeforeReply = await recompute.CaseEvents.AsNoTracking().Where(e => e.CaseId == created.Id && e.Kind == CaseEventKind.Created)
            .Select(e => new CaseSlaFact(e.AtUtc, e.Kind, e.ActorIsStaff, e.FromValue, e.ToValue, e.GroupId)).ToListAsync();
        CaseSlaResult Breached(ISlaClocked c) => CaseSlaResult.Evaluate(historyBeforeReply, c.GroupId, policy.For(c.ServiceCode, c.Priority, c.GroupId),
            w.App.Clock.GetUtcNow(), policy.WarningThreshold);
        stale.ApplySla(Breached(stale)).ShouldBeTrue();
        stale.Clocks.ResolutionSla.ShouldBe(SlaStatus.Breached, "computed from the history it had");
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => recompute.SaveChangesAsync());
        if (db == DatabaseKind.Postgres)
        {
            staleCopy.ApplySla(Breached(staleCopy)).ShouldBeTrue();
            await using var writer = await Servicenav.ServiceDesk.Data.SlaChunkWriter.OpenAsync(recompute, CancellationToken.None);
            await writer.WriteAsync([staleCopy], CancellationToken.None);
            (await writer.FlushAsync()).ShouldBe((0, 1), "the set-based writer leaves the case out too");
        }

        var stored = (await Stored(w, created.Id)).Clocks;
        (stored.ResolutionSla, stored.ResponseSla, stored.CaseVersion).ShouldBe((agentsClocks.ResolutionSla, agentsClocks.ResponseSla, agentsClocks.CaseVersion));
        (await SlaEvents(w, created.Id)).ShouldBeEmpty("no breach is recorded from the stale reading");
    }
}
