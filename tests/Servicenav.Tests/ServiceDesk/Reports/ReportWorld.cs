using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.ServiceDesk.Features.Reports;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Reports;

/// <summary>
/// A week of cases on top of <see cref="ServiceDeskWorld"/>, created, answered, solved and closed at chosen Swedish
/// instants (CET, UTC+1) so every report figure can be worked out by hand. It-arbetsplats is open weekdays 07–18;
/// priority 2 promises a first response in 4 h and a solution in 16 h. The report week is Monday 2 – Sunday 8 March
/// 2026; "now" is Monday 9 March 12:00. All cases are It-arbetsplats, priority 2, in It-support.
/// <code>
///      customer      created        first reply        solved (cause)          closed
///   A  Karolinska    Mon 2 09:00    Mon 10:00 (1 h)    Mon 13:00 (4 h) fel     Wed 4 09:00
///   B  Karolinska    Mon 2 10:00    Mon 13:00 (3 h)    Tue 10:00 (11 h) fel
///   C  Karolinska    Tue 3 09:00    Tue 15:00 (6 h)*   Wed 15:00 (17 h)* fel
///   D  Södersjukh.   Wed 4 09:00    Wed 11:00 (2 h)    open, in progress; resolution breached Thu 14:00
///   E  Karolinska    Thu 5 08:00    none: breached Thu 12:00; resolution breached Fri 13:00; open, new
///   F  Södersjukh.   Fri 6 09:00    —  solved Fri 10:00 by first line (1 h / 1 h) system
///   I  Karolinska    Tue 20 Jan     open, new (breached in January)
///   J  Karolinska    Mon 9 11:00    open, new (today)
///   G  Karolinska    Wed 25 Feb     solved 10:00 (system): the previous week
///   H  Karolinska    Tue 4 Mar 2025 solved 10:00: a year earlier
/// </code>
/// (* late; fel = Användarfel, system = Systemfel.) The IT agent (0.5 FTE) solves A, B, C, G and H; the first-line agent F.
/// </summary>
public static class ReportWorld
{
    public static readonly DateOnly Monday = new(2026, 3, 2);

    public static readonly DateOnly Sunday = new(2026, 3, 8);

    public static CaseReportFilter Week => new(Monday, Sunday);

    public static DateTimeOffset Local(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    public static DateTimeOffset March(int day, int hour) => Local(2026, 3, day, hour);

    public static async Task<ReportCases> SeedWeek(this ServiceDeskWorld w)
    {
        var system = await w.App.Query(d => d.RootCauses.Where(r => r.Code == "systemfel").Select(r => r.Id).SingleAsync());
        (await w.Send(new SetAgentFte(w.ItAgent.UserId!.Value, 0.5m), As.Admin)).ShouldBeOk();

        At(w, Local(2025, 3, 4, 9));
        var h = await Raise(w, w.KarolinskaEmployee, "H");
        await Solve(w, h, Local(2025, 3, 4, 10), w.ItAgent, w.UserError);

        At(w, Local(2026, 1, 20, 9));
        var i = await Raise(w, w.KarolinskaEmployee, "I");

        At(w, Local(2026, 2, 25, 9));
        var g = await Raise(w, w.KarolinskaEmployee, "G");
        await Solve(w, g, Local(2026, 2, 25, 10), w.ItAgent, system);

        At(w, March(2, 9));
        var a = await Raise(w, w.KarolinskaEmployee, "A");
        At(w, March(2, 10));
        var b = await Raise(w, w.KarolinskaEmployee, "B");
        await Reply(w, a, March(2, 10));
        await Solve(w, a, March(2, 13), w.ItAgent, w.UserError);
        await Reply(w, b, March(2, 13));

        At(w, March(3, 9));
        var c = await Raise(w, w.KarolinskaEmployee, "C");
        await Solve(w, b, March(3, 10), w.ItAgent, w.UserError);
        await Reply(w, c, March(3, 15));

        At(w, March(4, 9));
        (await w.Send(new CloseCase(a.Id), w.ItAgent)).ShouldBeOk();
        var d = await Raise(w, w.SosEmployee, "D");
        At(w, March(4, 11));
        (await w.Send(new AddCaseMessage(d.Id, "Vi tittar på det.", NextStatus: CaseStatus.InProgress), w.ItAgent)).ShouldBeOk();
        await Solve(w, c, March(4, 15), w.ItAgent, w.UserError);

        At(w, March(5, 8));
        var e = await Raise(w, w.KarolinskaEmployee, "E");

        At(w, March(6, 9));
        var f = await Raise(w, w.SosEmployee, "F");
        await Solve(w, f, March(6, 10), w.FirstLineAgent, system);

        At(w, March(9, 11));
        var j = await Raise(w, w.KarolinskaEmployee, "J");
        At(w, March(9, 12));
        (await w.Send(new RecomputeSla(), UserContext.System("sla"))).ShouldBeOk();
        return new ReportCases(a, b, c, d, e, f);
    }

    private static void At(ServiceDeskWorld w, DateTimeOffset local) => w.App.Clock.SetUtcNow(local);

    private static async Task<CaseCreated> Raise(ServiceDeskWorld w, UserContext requester, string subject) =>
        (await w.Send(new CreateCase
        {
            Type = CaseType.FaultReport, Subject = subject, Description = "Datorn startar inte.", ServiceCode = "it_arbetsplats",
            Impact = Impact.Medium, Urgency = Urgency.High,
        }, requester)).ShouldBeOk();

    private static async Task Reply(ServiceDeskWorld w, CaseCreated c, DateTimeOffset at)
    {
        At(w, at);
        (await w.Send(new AddCaseMessage(c.Id, "Vi har tagit emot ärendet."), w.ItAgent)).ShouldBeOk();
    }

    private static async Task Solve(ServiceDeskWorld w, CaseCreated c, DateTimeOffset at, UserContext agent, Guid cause)
    {
        At(w, at);
        (await w.Send(new SolveCase(c.Id, cause, "Åtgärdat."), agent)).ShouldBeOk();
    }
}

public sealed record ReportCases(CaseCreated A, CaseCreated B, CaseCreated C, CaseCreated D, CaseCreated E, CaseCreated F);
