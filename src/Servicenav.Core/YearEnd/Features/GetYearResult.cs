using Servicenav.Access;
using Servicenav.Data;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>The year-end result per service area and in total, before and after refunds, against budget and requirement.</summary>
public sealed record GetYearResult(int Year) : IRequest<Result<YearResultDto>>;

internal sealed class GetYearResultHandler(ServicenavDb db, YearResultCalculator calculator) : IHandler<GetYearResult, Result<YearResultDto>>
{
    public async Task<Result<YearResultDto>> Handle(GetYearResult request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ResultsRead))
        {
            return Result<YearResultDto>.Forbidden();
        }

        var figures = await calculator.Calculate(request.Year, cancellationToken);
        var customerNames = await RefundCustomers.Names(db, figures.Refunds.SelectMany(r => r.Shares).Select(s => s.CustomerId), cancellationToken);
        return ResultReads.ToDto(figures, customerNames);
    }
}

internal static class ResultReads
{
    public static YearResultDto ToDto(YearFigures figures, IReadOnlyDictionary<Guid, string> customerNames)
    {
        var result = figures.Result;
        var percent = result.ResultRequirementPercent;
        return new YearResultDto(
            result.Year,
            percent,
            result.Areas.Select(a => Row(a, percent)).ToList(),
            Row(result.Total, percent),
            result.Months.Select(m => new MonthResultDto(m.Period, [.. m.Areas.Select(a => Row(a, percent))], Row(m.Total, percent))).ToList(),
            figures.Refunds.OrderBy(r => r.RecordedAtUtc).Select(r => Refund(r, customerNames)).ToList(),
            figures.Sources);
    }

    public static RefundDecisionDto Refund(RefundDecision r, IReadOnlyDictionary<Guid, string> customerNames) => new(
        r.Id, r.Year, r.AreaCode, r.AreaName, r.Amount, r.Diarienummer, r.DecisionDate, r.DecidedBy, r.BookIn, r.Text, r.CreditInvoiceCount,
        r.Shares.OrderByDescending(s => s.Amount).Select(s => new RefundShareDto(s.CustomerId, customerNames.GetValueOrDefault(s.CustomerId) ?? "", s.Charged, s.Amount)).ToList());

    private static AreaResultDto Row(AreaResult a, decimal? percent) => new(
        a.AreaCode,
        a.AreaName,
        a.Revenue,
        a.Cost,
        a.ResultBeforeRefunds,
        a.Refunds,
        a.ResultAfterRefunds,
        a.BudgetResult,
        a.DeviationFromBudget,
        a.ResultPercentOfRevenue,
        percent is null ? null : a.RequiredResult(percent.Value),
        percent is null ? null : a.SurplusAboveRequirement(percent.Value));
}
