using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.Results;

/// <summary>Amounts on the result pages: whole kronor with sv-SE grouping; the öre are in the exports.</summary>
public static class ResultsFormat
{
    public static string Kr(Money amount) => SwedishCulture.Number(amount.Kronor) + "\u00a0kr";

    public static string Kr(Money? amount) => amount is { } m ? Kr(m) : UiText.Common_None;

    public static string Percent(decimal? percent) => percent is { } p ? SwedishCulture.Number(p, 1) + "\u00a0%" : UiText.Common_None;

    public static string NegativeClass(Money amount) => amount < Money.Zero ? "numeric negative" : "numeric";
}
