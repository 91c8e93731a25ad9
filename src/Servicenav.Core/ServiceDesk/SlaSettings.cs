using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk;

/// <summary>
/// How the desk counts time (configuration section <c>ServiceDesk:Sla</c>): which Swedish eves are closed on weekday
/// calendars, when a warning is raised, the calendar for a service whose opening hours cannot be read, and the
/// targets for a case whose service promises none (hours per priority 1–4).
/// </summary>
public sealed class SlaSettings
{
    public SwedishEves ClosedEves { get; set; } = SwedishEves.MidsummerEve | SwedishEves.ChristmasEve | SwedishEves.NewYearsEve;

    public decimal WarningThreshold { get; set; } = 0.75m;

    public string DefaultOpeningHours { get; set; } = "Vardagar 08.00–16.30";

    public decimal[] DefaultResponseHours { get; set; } = [1, 4, 8, 16];

    public decimal[] DefaultResolutionHours { get; set; } = [4, 8, 24, 40];
}
