using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Features.Knowledge;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Knowledge;

/// <summary>
/// An agent's ranked case search takes one of several paths by how common the words are (the newest cases in date
/// order, recent months through the text index, every year, prefixes) and, for a group's member, tests visibility on
/// the rows it reads until there are too many. The windows are shrunk here (rank the newest 2 matches, walk the newest
/// 4 cases, read at most 3 text matches) so that a handful of cases reaches each path: on every one an agent gets the
/// newest matches they may see and nothing else.
/// </summary>
public sealed class CaseSearchPathTests
{
    private static readonly CaseSearchWindows Tiny = new()
    {
        RankWindow = 2, NewestWalk = 4, ProbeCap = 3, TextScan = 3, ScopedRankWindow = 3,
        RecentSlices = [TimeSpan.FromDays(30), TimeSpan.FromDays(200)],
    };

    [Theory, AllDatabases]
    public async Task Every_path_of_an_agents_search_finds_the_newest_matches_the_agent_may_see_and_no_other(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db, services => services.AddSingleton(Tiny));
        var today = w.App.Clock.GetUtcNow();

        async Task<string> Raise(TimeSpan ago, string subject, bool it)
        {
            w.App.Clock.SetUtcNow(today - ago);
            var created = await w.Raise(w.KarolinskaEmployee, subject, service: it ? "it_arbetsplats" : null);
            return created.Number;
        }

        // Created oldest first, as a desk's cases are.
        var oldProjector = await Raise(TimeSpan.FromDays(300), "Projektorn i aula visar blått", it: true);
        var olderProjector = await Raise(TimeSpan.FromDays(290), "Projektorn i matsalen", it: false);
        var dockIt1 = await Raise(TimeSpan.FromDays(20), "Dockningsstationen laddar inte", it: true);
        var dockFirstLine = await Raise(TimeSpan.FromDays(15), "Dockningsstationen saknas", it: false);
        var dockIt2 = await Raise(TimeSpan.FromDays(10), "Dockningsstationen blinkar", it: true);
        var printerIt1 = await Raise(TimeSpan.FromMinutes(40), "Skrivaren skriver inte", it: true);
        var printerIt2 = await Raise(TimeSpan.FromMinutes(30), "Skrivaren på plan 2", it: true);
        var printerIt3 = await Raise(TimeSpan.FromMinutes(20), "Skrivaren drar snett", it: true);
        var printerFirstLine = await Raise(TimeSpan.FromMinutes(10), "Skrivaren är borta", it: false);
        w.App.Clock.SetUtcNow(today);

        async Task<IReadOnlyList<string>> Found(string search, UserContext agent) =>
            (await w.Send(new SearchKnowledge(search), agent)).ShouldBeOk().Cases!.Select(c => c.Number).ToList();

        // A common word: its newest matches are among the newest cases.
        (await Found("skrivare", w.ItAgent)).ShouldBe([printerIt2, printerIt3], ignoreOrder: true, "the newest two the IT group may see");
        (await Found("skrivare", w.FirstLineAgent)).ShouldBe([printerIt3, printerFirstLine], ignoreOrder: true);

        // Not among the newest cases: the last 30 days through the text index (three matches: more than the agent's
        // text scan reads, so the database combines the text index with the group's).
        (await Found("dockningsstation", w.ItAgent)).ShouldBe([dockIt1, dockIt2], ignoreOrder: true, "never the first line's case between them");
        (await Found("dockningsstation", w.FirstLineAgent)).ShouldBe([dockFirstLine, dockIt2], ignoreOrder: true);

        // Only in cases from last year: every year, the text matches read with whether the agent may see each.
        (await Found("projektor", w.ItAgent)).ShouldBe([oldProjector]);
        (await Found("projektor", w.FirstLineAgent)).ShouldBe([oldProjector, olderProjector], ignoreOrder: true);

        // No whole word matches: prefixes, every year.
        (await Found("dockningsst", w.ItAgent)).ShouldBe([dockIt1, dockIt2], ignoreOrder: true);
        (await Found("dockningsst", w.FirstLineAgent)).ShouldBe([dockFirstLine, dockIt2], ignoreOrder: true);

        (await Found("skrivare", w.LoneAgent)).ShouldBeEmpty("an agent in no group sees no case");
    }
}
