using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.ServiceDesk.Reports;

/// <summary>How report figures read in Swedish: "1 234", "12,5", "87,5 %", and a dash where there is nothing to show.</summary>
public static class ReportFormat
{
    public static string Count(int count) => SwedishCulture.Integer(count);

    public static string Hours(decimal? hours) => hours is { } h ? SwedishCulture.Number(h, 1) : CaseReportText.Dash;

    public static string Decimal(decimal? value, int decimals = 1) => value is { } v ? SwedishCulture.Number(v, decimals) : CaseReportText.Dash;

    public static string Percent(decimal? percent) => percent is { } p ? SwedishCulture.Number(p, 1) + "\u00a0%" : CaseReportText.Dash;

    /// <summary>"+13,0 %" / "−4,2 %": a change carries its sign.</summary>
    public static string Change(decimal? percent) =>
        percent is { } p ? (p > 0 ? "+" : "") + SwedishCulture.Number(p, 1) + "\u00a0%" : CaseReportText.Dash;
}
