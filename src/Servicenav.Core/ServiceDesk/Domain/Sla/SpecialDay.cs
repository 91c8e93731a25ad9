namespace Servicenav.ServiceDesk.Domain.Sla;

/// <summary>
/// A date with its own hours, overriding the weekly hours, holidays and eves: no hours means closed
/// (a bridge day), some hours means a shortened or extra day.
/// </summary>
public sealed record SpecialDay(DateOnly Date, IReadOnlyList<OpeningInterval> Hours)
{
    public static SpecialDay Closed(DateOnly date) => new(date, []);

    public bool Equals(SpecialDay? other) =>
        other is not null && Date == other.Date && Hours.SequenceEqual(other.Hours);

    public override int GetHashCode() => HashCode.Combine(Date, Hours.Count);
}
