using Servicenav.Pricing.Domain;
using Servicenav.Pricing.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.Pricing;

/// <summary>How the pricing pages write amounts, percentages and statuses (sv-SE).</summary>
public static class PricingFormat
{
    public static string Amount(Money? money) => money is { } m ? m.ToString() : PricingText.None;

    public static string Percent(decimal? percent) =>
        percent is { } p ? p.ToString("+0.0;−0.0;0.0", SwedishCulture.Culture) + "\u00a0%" : PricingText.None;

    public static string Plain(decimal value, int decimals = 0) => SwedishCulture.Number(value, decimals);

    public static string Date(DateOnly? date) => date is { } d ? SwedishCulture.Date(d) : PricingText.None;

    public static string Name(PriceListSummary s) => string.Format(SwedishCulture.Culture, PricingText.Prices_Name, s.Year, s.Version);

    public static string Status(PriceListSummary s) =>
        s.Status == PriceListStatus.Draft ? PricingText.Status_Draft
        : s.IsInForce ? PricingText.Status_InForce
        : s.IsSuperseded ? PricingText.Status_Superseded
        : PricingText.Status_Decided;

    public static string Source(SelfCostSource source) => source == SelfCostSource.Costing ? PricingText.Source_Costing : PricingText.Source_Manual;

    public static string Key(AllocationKey key) => key == AllocationKey.Employees ? PricingText.Key_Employees : PricingText.Key_ForecastShare;
}
