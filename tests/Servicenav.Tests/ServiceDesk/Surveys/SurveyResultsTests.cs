using Servicenav.ServiceDesk.Features.Surveys;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Surveys;

/// <summary>
/// Survey results per service, customer, resolver group and month, computed by hand below; a Beställare sees its
/// own customer's results and comments only, an employee none.
/// </summary>
public class SurveyResultsTests
{
    /// <summary>
    /// March: two Karolinska IT cases answered (solved 5; not solved 2, "Skärmen är fortfarande svart") and one
    /// Södersjukhuset IT case unanswered. April: a Södersjukhuset payroll case (solved 4, "Bra") and a Karolinska
    /// payroll case (solved 4). IT cases are solved in It-support, payroll in first line (Kundtjänst).
    /// </summary>
    private static async Task Seed(ServiceDeskWorld w)
    {
        var k1 = await w.RaiseAndSolve(w.KarolinskaEmployee, "Dator 1");
        var k2 = await w.RaiseAndSolve(w.KarolinskaEmployee, "Dator 2");
        await w.RaiseAndSolve(w.SosEmployee, "Dator 3");
        await w.AnswerCase(k1, solved: true, treatment: 5);
        w.App.Clock.Advance(TimeSpan.FromMinutes(5));
        await w.AnswerCase(k2, solved: false, treatment: 2, "Skärmen är fortfarande svart");

        w.App.Clock.SetToday(new DateOnly(2026, 4, 15));
        var s2 = await w.RaiseAndSolve(w.SosEmployee, "Lönefråga", "loneadministration");
        var k3 = await w.RaiseAndSolve(w.KarolinskaEmployee, "Semesterlön", "loneadministration");
        await w.AnswerCase(s2, solved: true, treatment: 4, "Bra");
        await w.AnswerCase(k3, solved: true, treatment: 4);
    }

    private static (int, int, decimal?, decimal?, decimal?) Figures(SurveyFigures f) =>
        (f.Sent, f.Answered, f.ResponseRatePercent, f.SolvedPercent, f.MeanTreatment);

    private static Dictionary<string, (int, int, decimal?, decimal?, decimal?)> ByName(IEnumerable<SurveyResultRow> rows) =>
        rows.ToDictionary(r => r.Name, r => Figures(r.Figures));

    [Theory, AllDatabases]
    public async Task Results_give_response_rate_solved_share_and_mean_treatment_per_service_customer_group_and_month(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await Seed(w);

        var r = (await w.Send(new GetSurveyResults(2026), w.FirstLineAgent)).ShouldBeOk();

        Figures(r.Total).ShouldBe((5, 4, 80.0m, 75.0m, 3.8m), "(5 + 2 + 4 + 4) / 4 = 3.75, rounded half away from zero");
        ByName(r.ByService).ShouldBe(new Dictionary<string, (int, int, decimal?, decimal?, decimal?)>
        {
            ["It-arbetsplats"] = (3, 2, 66.7m, 50.0m, 3.5m),
            ["Löneadministration"] = (2, 2, 100.0m, 100.0m, 4.0m),
        });
        ByName(r.ByCustomer).ShouldBe(new Dictionary<string, (int, int, decimal?, decimal?, decimal?)>
        {
            ["Karolinska Universitetssjukhuset"] = (3, 3, 100.0m, 66.7m, 3.7m),
            ["Södersjukhuset AB"] = (2, 1, 50.0m, 100.0m, 4.0m),
        });
        ByName(r.ByGroup).ShouldBe(new Dictionary<string, (int, int, decimal?, decimal?, decimal?)>
        {
            ["It-support"] = (3, 2, 66.7m, 50.0m, 3.5m),
            ["Kundtjänst"] = (2, 2, 100.0m, 100.0m, 4.0m),
        });
        r.ByMonth.Select(m => (m.Key, m.Name, Figures(m.Figures))).ShouldBe(
        [
            ("2026-03", "mars 2026", (3, 2, 66.7m, 50.0m, 3.5m)),
            ("2026-04", "april 2026", (2, 2, 100.0m, 100.0m, 4.0m)),
        ]);
        r.Comments.Select(c => (c.Comment, c.Treatment, c.Solved, c.CustomerName, c.GroupName)).ShouldBe(
        [
            ("Bra", 4, true, "Södersjukhuset AB", "Kundtjänst"),
            ("Skärmen är fortfarande svart", 2, false, "Karolinska Universitetssjukhuset", "It-support"),
        ]);
        r.Services.Select(o => o.Name).ShouldBe(["It-arbetsplats", "Löneadministration"]);
        (await w.Send(new GetSurveyResults(2025), w.FirstLineAgent)).ShouldBeOk().Total.ShouldBe(new SurveyFigures(0, 0, null, null, null));
    }

    [Theory, AllDatabases]
    public async Task Filters_narrow_every_table_and_the_comments(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await Seed(w);

        var it = (await w.Send(new GetSurveyResults(2026, GroupId: w.ItGroup), w.ItAgent)).ShouldBeOk();
        Figures(it.Total).ShouldBe((3, 2, 66.7m, 50.0m, 3.5m));
        it.ByMonth.ShouldHaveSingleItem().Key.ShouldBe("2026-03");
        it.Comments.ShouldHaveSingleItem().Comment.ShouldBe("Skärmen är fortfarande svart");
        it.Groups.Count.ShouldBe(2, "the filter still offers every group of the year");

        var sosPayroll = (await w.Send(new GetSurveyResults(2026, "loneadministration", w.Sodersjukhuset.Id), w.ItAgent)).ShouldBeOk();
        Figures(sosPayroll.Total).ShouldBe((1, 1, 100.0m, 100.0m, 4.0m));
        sosPayroll.ByCustomer.ShouldHaveSingleItem().Name.ShouldBe("Södersjukhuset AB");
    }

    [Theory, AllDatabases]
    public async Task An_orderer_sees_only_its_own_customers_results_and_comments_and_an_employee_none(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await Seed(w);

        var sos = (await w.Send(new GetSurveyResults(2026), w.SosOrderer)).ShouldBeOk();

        Figures(sos.Total).ShouldBe((2, 1, 50.0m, 100.0m, 4.0m));
        sos.ByCustomer.Select(c => c.Name).ShouldBe(["Södersjukhuset AB"]);
        sos.Customers.Select(c => c.Name).ShouldBe(["Södersjukhuset AB"]);
        sos.Comments.Select(c => c.Comment).ShouldBe(["Bra"]);
        var asked = (await w.Send(new GetSurveyResults(2026, CustomerId: w.Karolinska.Id), w.SosOrderer)).ShouldBeOk();
        asked.Total.Sent.ShouldBe(0, "asking for another customer finds nothing");
        asked.Comments.ShouldBeEmpty();
        var export = (await w.Send(new ExportSurveyResults(ExportFormat.Csv, 2026), w.SosOrderer)).ShouldBeOk();
        System.Text.Encoding.UTF8.GetString(export.Content).ShouldNotContain("Karolinska");

        (await w.Send(new GetSurveyResults(2026), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
        (await w.Send(new ExportSurveyResults(ExportFormat.Xlsx, 2026), w.KarolinskaEmployee)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Theory, AllDatabases]
    public async Task The_excel_export_has_a_sheet_per_division_and_the_comments(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        await Seed(w);

        var file = (await w.Send(new ExportSurveyResults(ExportFormat.Xlsx, 2026), w.FirstLineAgent)).ShouldBeOk();

        file.FileName.ShouldBe("enkater-2026.xlsx");
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(file.Content));
        workbook.Worksheets.Select(s => s.Name).ShouldBe(["Per tjänst", "Per kund", "Per lösargrupp", "Per månad", "Kommentarer"]);
        var byService = workbook.Worksheet("Per tjänst");
        byService.Cell(2, 1).GetString().ShouldBe("It-arbetsplats");
        byService.Cell(2, 4).GetValue<decimal>().ShouldBe(66.7m);
        byService.Cell(4, 1).GetString().ShouldBe("Totalt");
        byService.Cell(4, 6).GetValue<decimal>().ShouldBe(3.8m);
        workbook.Worksheet("Kommentarer").Cell(2, 8).GetString().ShouldBe("Bra");
    }
}
