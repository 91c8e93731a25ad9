using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>
/// The SLA clocks moved from the case row to a table of their own (migration CaseClocksTable). An installation that
/// upgrades keeps every case's clocks, and one that steps back gets them into the case row again; on SQLite the
/// case table is rebuilt by the move, and the full-text search must still find the case afterwards.
/// </summary>
public class CaseClocksMigrationTests
{
    [Theory, AllDatabases]
    public async Task Stepping_back_and_upgrading_again_keeps_every_cases_clocks_and_its_search(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var created = (await w.Send(new CreateCase
        {
            Type = CaseType.FaultReport, Subject = "Dockningsstationen blinkar", Description = "Skärmen är svart.", ServiceCode = "it_arbetsplats",
            Impact = Impact.Medium, Urgency = Urgency.High,
        }, w.KarolinskaEmployee)).ShouldBeOk();
        var before = await Clocks(w, created.Id);
        before.ResponseDueUtc.ShouldNotBeNull("the new case has a response target");

        var beforeMove = await w.App.Query(d => Task.FromResult(d.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_CaseClocksTable", StringComparison.Ordinal)).Last()));
        await w.App.Query(async d =>
        {
            await d.GetService<IMigrator>().MigrateAsync(beforeMove);
            return 0;
        });
        var inCaseRow = await w.App.Query(d => d.Database
            .SqlQueryRaw<DateTime?>("SELECT \"ResponseDueUtc\" AS \"Value\" FROM \"Cases\" WHERE \"Id\" = {0}", created.Id).SingleAsync());
        inCaseRow.ShouldBe(before.ResponseDueUtc, "stepping back puts the clocks in the case row again");

        await w.App.Query(async d =>
        {
            await d.Database.MigrateAsync();
            return 0;
        });
        var after = await Clocks(w, created.Id);
        (after.ResponseDueUtc, after.ResponseSla, after.ResolutionDueUtc, after.ResolutionSla, after.GroupSla, after.CaseVersion)
            .ShouldBe((before.ResponseDueUtc, before.ResponseSla, before.ResolutionDueUtc, before.ResolutionSla, before.GroupSla, before.CaseVersion));
        (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Open, Search: "dockningsstationen"), w.FirstLineAgent)).ShouldBeOk()
            .Rows.Select(r => r.Number).ShouldBe([created.Number], "the full-text index survives the move");
    }

    private static Task<CaseClockState> Clocks(ServiceDeskWorld w, Guid id) =>
        w.App.Query(d => d.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.Clocks).SingleAsync());
}
