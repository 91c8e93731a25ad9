using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.Costing;

/// <summary>How the costing pages write amounts, quantities and times.</summary>
internal static class CostingFormat
{
    public static string Kr(decimal kronor) => Money.Sek(kronor).ToString();

    public static string Quantity(decimal value) => value.ToString("#,##0.######", SwedishCulture.Culture);

    public static string Time(DateTime? utc) => utc is { } value ? SwedishCulture.DateTimeText(value) : "–";
}
