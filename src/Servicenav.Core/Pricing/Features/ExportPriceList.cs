using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>A price list as a spreadsheet: one row per service, then one row per customer and service with its fee.</summary>
public sealed record ExportPriceList(Guid PriceListId, ExportFormat Format = ExportFormat.Xlsx) : IRequest<Result<ExportFile>>;

internal sealed class ExportPriceListHandler(ServicenavDb db, TimeProvider clock) : IHandler<ExportPriceList, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportPriceList request, CancellationToken cancellationToken)
    {
        if (!PricingAccess.CanRead(db.User))
        {
            return Result<ExportFile>.Forbidden();
        }

        var list = await PricingReads.ById(db, request.PriceListId, cancellationToken);
        if (list is null || !PricingAccess.CanSee(db.User, list))
        {
            return Result<ExportFile>.NotFound();
        }

        var details = await PricingViews.Details(db, list, SwedishCulture.Today(clock), costingAvailable: false, cancellationToken);
        var headers = new[]
        {
            PricingMessages.Export_Area, PricingMessages.Export_Code, PricingMessages.Export_Service, PricingMessages.Export_Model,
            PricingMessages.Export_Unit, PricingMessages.Export_SelfCost, PricingMessages.Export_Target, PricingMessages.Export_UnitPrice,
            PricingMessages.Export_FixedPerYear, PricingMessages.Export_Volume, PricingMessages.Export_Revenue, PricingMessages.Export_Rounding,
            PricingMessages.Export_Customer, PricingMessages.Export_MonthlyFee,
        };
        var rows = new List<object?[]>();
        foreach (var s in details.Services)
        {
            rows.Add([s.AreaName, s.Code, s.Name, EnumText.Of(s.Model), s.Unit, s.SelfCost.Kronor, s.Target.Kronor, s.UnitPrice?.Kronor,
                s.FixedPerYear.Kronor, s.Volume, s.ExpectedRevenue.Kronor, s.RoundingEffect.Kronor, null, null]);
            foreach (var f in s.Forecasts)
            {
                rows.Add([s.AreaName, s.Code, s.Name, null, s.Unit, null, null, null, null, f.Quantity, f.YearlyCost.Kronor, null, f.CustomerName, f.MonthlyFee?.Kronor]);
            }
        }

        var stem = string.Create(SwedishCulture.Culture, $"prislista-{list.Year}-v{list.Version}");
        return new TableExport(PricingMessages.Export_Sheet, headers, rows).To(request.Format, stem);
    }
}
