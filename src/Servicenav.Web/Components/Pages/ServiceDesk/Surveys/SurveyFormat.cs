using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.ServiceDesk.Surveys;

/// <summary>How survey figures read: "66,7 %", "3,5", and a dash where there is nothing to divide by.</summary>
public static class SurveyFormat
{
    public static string Percent(decimal? percent) => percent is { } p ? SwedishCulture.Number(p, 1) + "\u00a0%" : SurveyText.Dash;

    public static string Mean(decimal? mean) => mean is { } m ? SwedishCulture.Number(m, 1) : SurveyText.Dash;

    public static string Count(int count) => SwedishCulture.Integer(count);
}
