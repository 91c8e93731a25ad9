namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// The eves that are not public holidays by law but on which most Swedish workplaces close.
/// A calendar closes on them only when configured to, since that is a local agreement, not a rule.
/// </summary>
[Flags]
public enum SwedishEves
{
    None = 0,

    /// <summary>Påskafton, the Saturday before Easter Sunday.</summary>
    EasterEve = 1,

    /// <summary>Midsommarafton, the Friday 19–25 June.</summary>
    MidsummerEve = 2,

    /// <summary>Julafton, 24 December.</summary>
    ChristmasEve = 4,

    /// <summary>Nyårsafton, 31 December.</summary>
    NewYearsEve = 8,

    All = EasterEve | MidsummerEve | ChristmasEve | NewYearsEve,
}
