using ClosedXML.Excel;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Features.Reports;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Reports;

/// <summary>
/// The customer-service reports over the week of <see cref="ReportWorld"/>, every figure worked out by hand there;
/// a Beställare's reports and export hold its own customer's cases only, an employee gets none.
/// </summary>
public class CaseReportTests
{
    private static async Task<ServiceDeskWorld> Seeded(DatabaseKind db)
    {
        var w = await ServiceDeskWorld.Start(db);
        await w.SeedWeek();
        return w;
    }

    [Theory, AllDatabases]
    public async Task Flow_counts_cases_in_and_out_per_day_with_empty_days_and_the_open_backlog_at_each_days_end(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var r = (await w.Send(new GetCaseFlow(ReportWorld.Week), w.FirstLineAgent)).ShouldBeOk();

        r.Days.Select(d => (d.Date.Day, d.Created, d.Solved, d.Closed, d.OpenAtEnd)).ShouldBe(
        [
            (2, 2, 1, 0, 2), // I from January was open already; A and B in, A out
            (3, 1, 1, 0, 2),
            (4, 1, 1, 1, 2),
            (5, 1, 0, 0, 3),
            (6, 1, 1, 0, 3),
            (7, 0, 0, 0, 3),
            (8, 0, 0, 0, 3),
        ]);
        r.Backlog.Select(b => (b.Status, b.Days0To2, b.Days3To7, b.Days8To30, b.Over30Days)).ShouldBe(
        [
            (CaseStatus.New, 1, 1, 0, 1), // J today, E four days, I January
            (CaseStatus.InProgress, 0, 1, 0, 0), // D five days
        ]);
        (r.BacklogTotal.Total, r.Created, r.Solved, r.Closed).ShouldBe((4, 6, 4, 1));
    }

    [Theory, AllDatabases]
    public async Task Times_are_business_hours_by_the_sla_clocks_with_mean_median_and_90th_percentile(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var r = (await w.Send(new GetCaseTimes(ReportWorld.Week), w.FirstLineAgent)).ShouldBeOk();

        // Responses 1, 1, 2, 3, 6 h (A, F, D, B, C; E never answered): mean 13/5 = 2.6, median 2, p90 the 5th = 6.
        r.Total.Response.ShouldBe(new DurationFigures(5, 2.6m, 2.0m, 6.0m));
        // Resolutions 1, 4, 11, 17 h (F, A, B, C): mean 33/4 = 8.25 → 8.3, median (4 + 11) / 2 = 7.5, p90 the 4th = 17.
        r.Total.Resolution.ShouldBe(new DurationFigures(4, 8.3m, 7.5m, 17.0m));
        r.ByPriority.ShouldHaveSingleItem().Name.ShouldBe("Prioritet 2");
        r.ByService.ShouldHaveSingleItem().Name.ShouldBe("It-arbetsplats");
        r.ByService[0].Resolution.ShouldBe(r.Total.Resolution);
    }

    [Theory, AllDatabases]
    public async Task Sla_compliance_counts_clocks_ended_or_breached_in_the_period_per_service_customer_and_month(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var r = (await w.Send(new GetSlaCompliance(ReportWorld.Week), w.FirstLineAgent)).ShouldBeOk();

        // Response: A, B, D, F met, C late, E breached Thursday (I breached in January: not counted). Resolution: A, B, F met, C late, D and E breached.
        r.Total.ShouldBe(new ComplianceFigures(6, 4, 66.7m, 6, 3, 50.0m));
        r.ByService.Select(s => (s.Name, s.Figures)).ShouldBe([("It-arbetsplats", r.Total)]);
        r.ByCustomer.Select(c => (c.Name, c.Figures)).ShouldBe(
        [
            ("Karolinska Universitetssjukhuset", new ComplianceFigures(4, 2, 50.0m, 4, 2, 50.0m)),
            ("Södersjukhuset AB", new ComplianceFigures(2, 2, 100.0m, 2, 1, 50.0m)),
        ]);
        r.ByMonth.Select(m => (m.Key, m.Name, m.Figures)).ShouldBe([("2026-03", "mars 2026", r.Total)]);
    }

    [Theory, AllDatabases]
    public async Task Closed_cases_per_fte_count_who_solved_by_the_history_and_compare_with_a_year_earlier(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var r = (await w.Send(new GetAgentProductivity(ReportWorld.Week), w.FirstLineAgent)).ShouldBeOk();

        // 7 days are 7 / 30.4375 months. Ivar (0.5 FTE) solved A, B, C: 3 / 0.5 / (7 / 30.4375) = 26.09; H a year earlier: +200 %.
        // Karin (full time, no profile) solved F: 1 / (7 / 30.4375) = 4.35; nothing a year earlier.
        r.Agents.Select(a => (a.Name, a.Fte, a.Solved, a.SolvedPerFtePerMonth, a.SolvedYearBefore, a.ChangePercent)).ShouldBe(
        [
            ("Ivar It", 0.5m, 3, 26.1m, 1, 200.0m),
            ("Karin Kundtjänst", 1.0m, 1, 4.3m, 0, (decimal?)null),
        ]);
        // F was in It-support when the first line solved it: the group counts where the case was, the agent who solved it.
        r.Groups.Select(g => (g.Name, g.Fte, g.Solved, g.SolvedPerFtePerMonth, g.SolvedYearBefore, g.ChangePercent))
            .ShouldBe([("It-support", 0.5m, 4, 34.8m, 1, 300.0m)]);
    }

    [Theory, AllDatabases]
    public async Task Root_causes_rank_by_count_with_share_and_change_against_the_previous_period(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var r = (await w.Send(new GetTopRootCauses(ReportWorld.Week), w.FirstLineAgent)).ShouldBeOk();

        (r.PreviousFrom, r.PreviousTo, r.Total, r.PreviousTotal).ShouldBe((new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 1), 4, 1));
        r.Rows.Select(c => (c.Name, c.Count, c.SharePercent, c.PreviousCount, c.ChangePercent)).ShouldBe(
        [
            ("Användarfel", 3, 75.0m, 0, (decimal?)null),
            ("Systemfel", 1, 25.0m, 1, 0.0m),
        ]);
    }

    [Theory, AllDatabases]
    public async Task The_agents_overview_shows_today_and_their_queue(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var o = (await w.Send(new GetCaseDeskOverview(), w.ItAgent)).ShouldBeOk();

        (o.Today, o.CreatedToday, o.SolvedToday, o.MyQueue, o.BreachesToday).ShouldBe((new DateOnly(2026, 3, 9), 1, 0, 4, 0));
    }

    [Theory, AllDatabases]
    public async Task An_orderer_sees_its_own_customers_figures_only(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var flow = (await w.Send(new GetCaseFlow(ReportWorld.Week), w.SosOrderer)).ShouldBeOk();
        flow.Days.Select(d => d.Created).ShouldBe([0, 0, 1, 0, 1, 0, 0], "D and F only");
        flow.BacklogTotal.Total.ShouldBe(1);
        var sla = (await w.Send(new GetSlaCompliance(ReportWorld.Week), w.SosOrderer)).ShouldBeOk();
        sla.Total.ShouldBe(new ComplianceFigures(2, 2, 100.0m, 2, 1, 50.0m));
        sla.ByCustomer.ShouldHaveSingleItem().Name.ShouldBe("Södersjukhuset AB");
        var asked = (await w.Send(new GetSlaCompliance(ReportWorld.Week with { CustomerId = w.Karolinska.Id }), w.SosOrderer)).ShouldBeOk();
        asked.Total.ResponseCounted.ShouldBe(0, "asking for another customer gives nothing");
        var agents = (await w.Send(new GetAgentProductivity(ReportWorld.Week), w.SosOrderer)).ShouldBeOk();
        agents.Agents.ShouldBeEmpty();
        agents.Total.Solved.ShouldBe(1);
        (await w.Send(new GetTopRootCauses(ReportWorld.Week), w.SosOrderer)).ShouldBeOk().Rows.Select(c => c.Name).ShouldBe(["Systemfel"]);
        (await w.Send(new GetCaseTimes(ReportWorld.Week), w.SosOrderer)).ShouldBeOk().Total.Response.Count.ShouldBe(2);
    }

    [Theory, AllDatabases]
    public async Task An_orderers_export_holds_no_other_customers_rows(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var file = (await w.Send(new ExportCaseReports(ExportFormat.Xlsx, ReportWorld.Week), w.SosOrderer)).ShouldBeOk();

        using var book = new XLWorkbook(new MemoryStream(file.Content));
        var texts = book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        texts.ShouldContain("Södersjukhuset AB");
        texts.ShouldNotContain(t => t.Contains("Karolinska", StringComparison.Ordinal));
        texts.ShouldNotContain("Ivar It", "an orderer gets no per-agent sheet");
        var flow = book.Worksheet("Inflöde och utflöde per dag");
        flow.Column(2).CellsUsed().Skip(1).Sum(c => c.GetValue<int>()).ShouldBe(2);
    }

    [Theory, AllDatabases]
    public async Task Staff_export_has_every_table_as_a_sheet_and_csv_gives_one_table(DatabaseKind db)
    {
        await using var w = await Seeded(db);

        var file = (await w.Send(new ExportCaseReports(ExportFormat.Xlsx, ReportWorld.Week), w.FirstLineAgent)).ShouldBeOk();
        using var book = new XLWorkbook(new MemoryStream(file.Content));
        book.Worksheets.Select(s => s.Name).ShouldBe(
        [
            "Inflöde och utflöde per dag", "Ärendestock per status, ålder", "Tider per prioritet", "Tider per tjänst", "SLA per tjänst", "SLA per kund",
            "SLA per månad", "Lösta per handläggare", "Lösta per lösargrupp", "Vanligaste felorsaker",
        ], "one sheet per table, named in full (at most 31 characters, no colon)");
        file.FileName.ShouldBe("kundtjanstrapport-2026-03-02-2026-03-08.xlsx");

        var csv = (await w.Send(new ExportCaseReports(ExportFormat.Csv, ReportWorld.Week, CaseReportTable.RootCauses), w.FirstLineAgent)).ShouldBeOk();
        var text = System.Text.Encoding.UTF8.GetString(csv.Content);
        text.ShouldContain("Användarfel;3;75;0;");
    }

    [Theory, AllDatabases]
    public async Task An_employee_has_no_reports_and_only_a_manager_sets_an_fte(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);

        (await w.Send(new GetCaseFlow(new CaseReportFilter()), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new ExportCaseReports(ExportFormat.Xlsx, new CaseReportFilter()), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new SetAgentFte(w.ItAgent.UserId!.Value, 0.5m), w.ItAgent)).Status.ShouldBe(ResultStatus.Forbidden);
        await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new SetAgentFte(w.ItAgent.UserId!.Value, 1.5m), As.Admin));
        await Should.ThrowAsync<ValidationFailedException>(() => w.Send(new GetCaseFlow(new CaseReportFilter(ReportWorld.Sunday, ReportWorld.Monday)), w.ItAgent));
    }

    [Theory, AllDatabases]
    public async Task The_default_period_is_the_last_thirty_days(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        w.App.Clock.SetToday(new DateOnly(2026, 3, 31));

        var r = (await w.Send(new GetCaseFlow(new CaseReportFilter()), w.FirstLineAgent)).ShouldBeOk();

        (r.From, r.To, r.Days.Count).ShouldBe((new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31), 30));
    }
}
