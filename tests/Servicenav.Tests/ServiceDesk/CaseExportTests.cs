using System.Text;
using ClosedXML.Excel;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk;

/// <summary>The case list's export holds exactly what the reader's list holds: never another customer's case.</summary>
public class CaseExportTests
{
    [Theory, AllDatabases]
    public async Task An_export_holds_only_the_cases_the_reader_may_see(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var mine = await w.Raise(w.KarolinskaEmployee, "Min skärm flimrar");
        var colleagues = await w.Raise(w.KarolinskaColleague, "Kollegans headset");
        var sos = await w.Raise(w.SosEmployee, "Larmcentralens skrivare");

        var orderer = Csv((await w.Send(new ExportCases(ExportFormat.Csv, CaseListView.All, CaseStateFilter.Any), w.KarolinskaOrderer)).ShouldBeOk());
        orderer.ShouldContain(mine.Number);
        orderer.ShouldContain(colleagues.Number);
        orderer.ShouldNotContain(sos.Number);

        var employee = Csv((await w.Send(new ExportCases(ExportFormat.Csv, CaseListView.All, CaseStateFilter.Any), w.KarolinskaEmployee)).ShouldBeOk());
        employee.ShouldContain(mine.Number);
        employee.ShouldNotContain(colleagues.Number);

        var outsider = await w.Send(
            new ExportCases(ExportFormat.Xlsx, CaseListView.All, CaseStateFilter.Any, CustomerId: w.Karolinska.Id, Search: mine.Number), w.SosOrderer);
        using var workbook = new XLWorkbook(new MemoryStream(outsider.ShouldBeOk().Content));
        var sheet = workbook.Worksheets.Single();
        sheet.LastRowUsed()!.RowNumber().ShouldBe(1, "only the header: the filter names another customer");
        sheet.Cell(1, 1).GetString().ShouldBe("Ärendenummer");
    }

    [Theory, AllDatabases]
    public async Task An_agents_export_follows_the_lists_filters(DatabaseKind db)
    {
        await using var w = await ServiceDeskWorld.Start(db);
        var printer = await w.Raise(w.KarolinskaEmployee, "Skrivaren på avdelning 12 matar inte papper");
        var screen = await w.Raise(w.SosEmployee, "Skärmen är svart");

        var list = (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Open, Search: "skrivaren"), w.FirstLineAgent)).ShouldBeOk();
        var export = Csv((await w.Send(new ExportCases(ExportFormat.Csv, CaseListView.All, CaseStateFilter.Open, Search: "skrivaren"), w.FirstLineAgent)).ShouldBeOk());

        list.Rows.Select(r => r.Number).ShouldBe([printer.Number]);
        export.ShouldContain(printer.Number);
        export.ShouldContain("Skrivaren på avdelning 12 matar inte papper");
        export.ShouldNotContain(screen.Number);

        // A word still being typed: no whole word matches, so the list and the export both take it as a prefix.
        var typing = (await w.Send(new ListCases(CaseListView.All, CaseStateFilter.Open, Search: "skrivar avdeln"), w.FirstLineAgent)).ShouldBeOk();
        typing.Rows.Select(r => r.Number).ShouldBe([printer.Number]);
        typing.Total.ShouldBe(1);
        var typed = Csv((await w.Send(new ExportCases(ExportFormat.Csv, CaseListView.All, CaseStateFilter.Open, Search: "skrivar avdeln"), w.FirstLineAgent)).ShouldBeOk());
        typed.ShouldContain(printer.Number);
        typed.ShouldNotContain(screen.Number);
    }

    private static string Csv(ExportFile file)
    {
        file.FileName.ShouldEndWith(".csv");
        return Encoding.UTF8.GetString(file.Content);
    }
}
