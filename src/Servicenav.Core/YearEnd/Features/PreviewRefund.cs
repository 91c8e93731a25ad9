using Servicenav.Access;
using Servicenav.Data;
using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Features;

/// <summary>How a refund of an amount would be split between an area's customers, without deciding anything.</summary>
public sealed record PreviewRefund(int Year, string AreaCode, decimal Amount) : IRequest<Result<RefundPreviewDto>>;

public sealed record RefundPreviewDto(string AreaCode, string AreaName, Money Amount, Money AvailableResult, IReadOnlyList<RefundShareDto> Shares);

internal sealed class PreviewRefundHandler(ServicenavDb db, YearResultCalculator calculator) : IHandler<PreviewRefund, Result<RefundPreviewDto>>
{
    public async Task<Result<RefundPreviewDto>> Handle(PreviewRefund request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ResultsRead))
        {
            return Result<RefundPreviewDto>.Forbidden();
        }

        var figures = await calculator.Calculate(request.Year, cancellationToken);
        var area = figures.Result.Area(request.AreaCode);
        if (area is null)
        {
            return Result<RefundPreviewDto>.NotFound();
        }

        var amount = Money.Sek(request.Amount);
        var shares = RefundDistribution.ProRata(amount, figures.ChargesIn(area.AreaCode));
        var names = await RefundCustomers.Names(db, shares.Select(s => s.CustomerId), cancellationToken);
        return new RefundPreviewDto(
            area.AreaCode,
            area.AreaName,
            amount,
            area.ResultAfterRefunds,
            shares.OrderByDescending(s => s.Amount).Select(s => new RefundShareDto(s.CustomerId, names.GetValueOrDefault(s.CustomerId) ?? "", s.Charged, s.Amount)).ToList());
    }
}
