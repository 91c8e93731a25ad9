using ClosedXML.Excel;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>
/// The year-end result for the annual report and the committee: the table of areas and total as CSV, or as Excel with
/// a second sheet of the same figures month by month (every area and the total per month).
/// </summary>
public sealed record ExportYearResult(int Year, ExportFormat Format) : IRequest<Result<ExportFile>>;

internal sealed class ExportYearResultHandler(ServicenavDb db, YearResultCalculator calculator) : IHandler<ExportYearResult, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportYearResult request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ResultsRead))
        {
            return Result<ExportFile>.Forbidden();
        }

        var dto = ResultReads.ToDto(await calculator.Calculate(request.Year, cancellationToken), new Dictionary<Guid, string>());
        var areas = new TableExport(
            Messages.Result_Sheet,
            [Messages.Result_Area, .. FigureHeaders],
            [.. dto.Areas.Append(dto.Total with { AreaName = Messages.Result_Total }).Select(a => (object?[])[a.AreaName, .. Figures(a)])]);
        var fileStem = $"resultat-{request.Year}";
        if (request.Format != ExportFormat.Xlsx)
        {
            return areas.To(request.Format, fileStem);
        }

        var months = new TableExport(
            Messages.Result_MonthSheet,
            [Messages.Result_Month, Messages.Result_Area, .. FigureHeaders],
            [.. dto.Months.SelectMany(m => m.Areas.Append(m.Total with { AreaName = Messages.Result_Total })
                .Select(a => (object?[])[m.Period.ToString(), a.AreaName, .. Figures(a)]))]);
        using var workbook = new XLWorkbook();
        // The percentage column (after the name columns) keeps Excel's general format; every other decimal is kronor.
        areas.AddSheetTo(workbook, TableExport.MoneyFormat, [1 + PercentColumn]);
        months.AddSheetTo(workbook, TableExport.MoneyFormat, [2 + PercentColumn]);
        return TableExport.XlsxFile(workbook, fileStem + ".xlsx");
    }

    private const int PercentColumn = 7;

    private static string[] FigureHeaders =>
    [
        Messages.Result_Revenue, Messages.Result_Cost, Messages.Result_BeforeRefunds, Messages.Result_Refunds, Messages.Result_AfterRefunds,
        Messages.Result_Budget, Messages.Result_Deviation, Messages.Result_Percent, Messages.Result_Required,
    ];

    private static object?[] Figures(AreaResultDto a) =>
    [
        a.Revenue.Kronor, a.Cost.Kronor, a.ResultBeforeRefunds.Kronor, a.Refunds.Kronor, a.ResultAfterRefunds.Kronor,
        a.BudgetResult.Kronor, a.DeviationFromBudget.Kronor, a.ResultPercentOfRevenue, a.RequiredResult?.Kronor,
    ];
}
