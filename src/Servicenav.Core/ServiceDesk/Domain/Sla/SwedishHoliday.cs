namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>A public holiday (röd dag) or an eve, with its Swedish name; <see cref="Eve"/> is None for public holidays.</summary>
public readonly record struct SwedishHoliday(DateOnly Date, string Name, SwedishEves Eve)
{
    public bool IsEve => Eve != SwedishEves.None;
}
