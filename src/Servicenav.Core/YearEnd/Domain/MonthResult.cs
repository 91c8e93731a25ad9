using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

/// <summary>
/// One month of a year's result (Örebro's monthly follow-up): per area what was charged in the month, the self-cost
/// booked in it, the month's share of the budgeted result and the refunds booked in it; and the total.
/// </summary>
public sealed class MonthResult
{
    public MonthResult(Period period, IReadOnlyList<AreaResult> areas)
    {
        Period = period;
        Areas = areas;
        Total = AreaResult.Sum("", "", areas);
    }

    public Period Period { get; }

    public IReadOnlyList<AreaResult> Areas { get; }

    public AreaResult Total { get; }
}
