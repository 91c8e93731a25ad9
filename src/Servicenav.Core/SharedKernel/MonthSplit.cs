namespace Servicenav.SharedKernel;

/// <summary>
/// Spreads a whole number of öre over the twelve months of a year in proportion to a month profile, so the months
/// sum exactly to the whole. Rounding is cumulative: month m gets round(whole × profile up to m) − round(whole ×
/// profile up to m − 1), so no month is more than one öre from its exact share and a credit month (a negative
/// weight, e.g. a reversed accrual) stays a credit. A profile that sums to zero (no lines, or lines that cancel)
/// spreads evenly: there is nothing to say the cost fell in one month rather than another.
/// </summary>
public static class MonthSplit
{
    public const int Months = 12;

    public static long[] Split(long amountOre, ReadOnlySpan<decimal> profile)
    {
        if (profile.Length != Months)
        {
            throw new ArgumentException("A month profile has twelve weights.", nameof(profile));
        }

        var total = 0m;
        foreach (var weight in profile)
        {
            total += weight;
        }

        var parts = new long[Months];
        var cumulative = 0m;
        var given = 0L;
        for (var m = 0; m < Months; m++)
        {
            cumulative += total == 0 ? 1m : profile[m];
            var share = total == 0 ? cumulative / Months : cumulative / total;
            var upTo = m == Months - 1 ? amountOre : (long)Math.Round(amountOre * share, 0, MidpointRounding.AwayFromZero);
            parts[m] = upTo - given;
            given = upTo;
        }

        return parts;
    }

    /// <summary>Evenly over the year: a yearly budget spread as twelfths.</summary>
    public static long[] Evenly(long amountOre) => Split(amountOre, new decimal[Months]);
}
