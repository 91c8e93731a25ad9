namespace Servicenav.Costing.Domain;

/// <summary>
/// Splits a whole number of öre in proportion to weights so the parts sum exactly to the whole (the
/// largest-remainder method, Hamilton's method): each part first gets the whole öre of its exact share
/// (rounded toward zero); the öre left over then go, one each, to the parts with the largest fractional
/// remainders (ties: the larger weight, then the earlier part). A negative amount is split as its absolute
/// value and negated, so credits are spread the same way. Weights are non-negative and not all zero.
/// </summary>
public static class LargestRemainder
{
    /// <param name="amountOre">The whole to split.</param>
    /// <param name="weights">One weight per part.</param>
    /// <param name="parts">Receives the parts (length ≥ weights.Length).</param>
    /// <param name="remainderReceived">If given, receives +1/−1 for each part that got (or gave back) a leftover öre.</param>
    /// <returns>The number of öre that were handed out by remainder rather than by whole share.</returns>
    public static int Split(long amountOre, ReadOnlySpan<decimal> weights, Span<long> parts, Span<int> remainderReceived = default)
    {
        var n = weights.Length;
        var total = 0m;
        for (var i = 0; i < n; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), "Weights must be non-negative.");
            }

            total += weights[i];
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var sign = Math.Sign(amountOre);
        var whole = Math.Abs(amountOre);
        Span<decimal> fractions = n <= 256 ? stackalloc decimal[n] : new decimal[n];
        var given = 0L;
        for (var i = 0; i < n; i++)
        {
            var exact = weights[i] == 0 ? 0m : whole * (weights[i] / total);
            var floor = decimal.Floor(exact);
            parts[i] = (long)floor;
            fractions[i] = exact - floor;
            given += parts[i];
        }

        var left = whole - given;
        if (left != 0)
        {
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            var fractionArray = fractions.ToArray();
            var weightArray = weights.ToArray();
            Array.Sort(order, (a, b) =>
            {
                var byFraction = fractionArray[b].CompareTo(fractionArray[a]);
                if (byFraction != 0)
                {
                    return byFraction;
                }

                var byWeight = weightArray[b].CompareTo(weightArray[a]);
                return byWeight != 0 ? byWeight : a.CompareTo(b);
            });

            // Decimal division can round an exact share up to the next whole öre, so "left" may be negative by an öre:
            // then the parts with the smallest remainders give one back.
            var step = left > 0 ? 1 : -1;
            var cursor = left > 0 ? 0 : n - 1;
            while (left != 0)
            {
                var i = order[cursor];
                if (weights[i] > 0 && (step > 0 || parts[i] > 0))
                {
                    parts[i] += step;
                    if (!remainderReceived.IsEmpty)
                    {
                        remainderReceived[i] += step;
                    }

                    left -= step;
                }

                cursor = step > 0 ? (cursor + 1) % n : (cursor - 1 + n) % n;
            }
        }

        var handedOut = (int)Math.Abs(whole - given);
        if (sign < 0)
        {
            for (var i = 0; i < n; i++)
            {
                parts[i] = -parts[i];
            }
        }

        return handedOut;
    }

    public static long[] Split(long amountOre, IReadOnlyList<decimal> weights)
    {
        var parts = new long[weights.Count];
        Split(amountOre, weights.ToArray(), parts);
        return parts;
    }
}
