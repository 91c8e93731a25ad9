using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>The year-end table (areas and total) as CSV or Excel, for the annual report and the committee.</summary>
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
        var rows = dto.Areas.Append(dto.Total with { AreaName = Messages.Result_Total })
            .Select(a => new object?[]
            {
                a.AreaName, a.Revenue.Kronor, a.Cost.Kronor, a.ResultBeforeRefunds.Kronor, a.Refunds.Kronor, a.ResultAfterRefunds.Kronor,
                a.BudgetResult.Kronor, a.DeviationFromBudget.Kronor, a.ResultPercentOfRevenue, a.RequiredResult?.Kronor,
            })
            .ToList();
        string[] headers =
        [
            Messages.Result_Area, Messages.Result_Revenue, Messages.Result_Cost, Messages.Result_BeforeRefunds, Messages.Result_Refunds,
            Messages.Result_AfterRefunds, Messages.Result_Budget, Messages.Result_Deviation, Messages.Result_Percent, Messages.Result_Required,
        ];
        return new TableExport(Messages.Result_Sheet, headers, rows).To(request.Format, $"resultat-{request.Year}");
    }
}
