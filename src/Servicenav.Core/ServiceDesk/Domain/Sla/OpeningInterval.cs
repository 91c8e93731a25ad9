namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// Open from <see cref="Opens"/> to <see cref="Closes"/> in local wall-clock time, as offsets from local midnight;
/// Closes may be 24:00 (end of day). On a DST day the real length differs from Closes − Opens.
/// </summary>
public sealed record OpeningInterval(TimeSpan Opens, TimeSpan Closes)
{
    public static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    public static OpeningInterval WholeDay { get; } = new(TimeSpan.Zero, EndOfDay);

    internal void Validate()
    {
        if (Opens < TimeSpan.Zero || Closes > EndOfDay || Opens >= Closes)
        {
            throw new ArgumentException($"An opening interval must satisfy 00:00 ≤ opens < closes ≤ 24:00, was {Opens}–{Closes}.");
        }
    }
}
