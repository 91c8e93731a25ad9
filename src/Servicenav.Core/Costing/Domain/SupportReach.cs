namespace Servicenav.Costing.Domain;

/// <summary>
/// Carries one pool's direct parts through the support activities to the primary ones. <c>Reach[k, i]</c> is the
/// fraction of support activity i's own cost that ends in primary activity k (R = B·(I − A)⁻¹; each column sums to 1).
/// The pool's amount is split once over the primary activities in proportion to direct part + Σᵢ R[k, i]·(support i's
/// part), by the largest-remainder rule. The calculation uses it, and so does the build-up page, which stores only
/// the direct parts and R and recomputes the same öre (same decimals, same order, same rule).
/// </summary>
public sealed class SupportReach
{
    private readonly int[] _supportPos;
    private readonly int[] _primaryPos;
    private readonly decimal[,] _reach;
    private readonly decimal[] _weights;

    /// <param name="supportPos">Index (in the activity order) of each support activity.</param>
    /// <param name="primaryPos">Index of each primary activity.</param>
    /// <param name="reach">[primary, support].</param>
    public SupportReach(int[] supportPos, int[] primaryPos, decimal[,] reach)
    {
        _supportPos = supportPos;
        _primaryPos = primaryPos;
        _reach = reach;
        _weights = new decimal[primaryPos.Length];
    }

    public decimal this[int primary, int support] => _reach[primary, support];

    /// <summary>Splits a pool whose direct parts per activity are <paramref name="direct"/> over the primary activities.</summary>
    /// <returns>The öre handed out by the remainder rule (0 when no support activity had a part).</returns>
    public int Split(long amount, ReadOnlySpan<long> direct, Span<long> toPrimary)
    {
        var viaSupport = false;
        foreach (var i in _supportPos)
        {
            viaSupport |= direct[i] != 0;
        }

        if (!viaSupport)
        {
            for (var k = 0; k < _primaryPos.Length; k++)
            {
                toPrimary[k] = direct[_primaryPos[k]];
            }

            return 0;
        }

        for (var k = 0; k < _primaryPos.Length; k++)
        {
            var w = (decimal)direct[_primaryPos[k]];
            for (var i = 0; i < _supportPos.Length; i++)
            {
                var own = direct[_supportPos[i]];
                if (own != 0)
                {
                    w += _reach[k, i] * own;
                }
            }

            _weights[k] = Math.Max(0m, amount > 0 ? w : -w);
        }

        return LargestRemainder.Split(amount, _weights, toPrimary);
    }
}
