namespace Servicenav.Costing.Domain;

/// <summary>
/// The reciprocal (simultaneous-equations) method for support activities. With <c>A[i, j]</c> the share of
/// support activity j's cost that goes to support activity i, the full costs C satisfy C = D + A·C, i.e.
/// (I − A)·C = D. We invert (I − A) once by Gauss–Jordan elimination with partial pivoting in decimal
/// (20–40 support activities is a tiny system), so that any cost vector — each pool's direct costs, for the
/// drill-down — can be carried through without solving again.
/// </summary>
public static class ReciprocalSolver
{
    /// <summary>Pivots smaller than this mean the system is (nearly) singular: some cost never leaves a loop.</summary>
    public const decimal SingularTolerance = 0.000000000001m;

    /// <summary>
    /// The indexes of support activities whose cost can never reach a primary activity: following every positive
    /// share out of them leads only to support activities (a closed loop, or a chain feeding one).
    /// </summary>
    /// <param name="shareToSupport">[i, j] = share of j to support i.</param>
    /// <param name="shareToPrimaryTotal">[j] = share of j that goes to primary activities in total.</param>
    public static IReadOnlyList<int> Trapped(decimal[,] shareToSupport, decimal[] shareToPrimaryTotal)
    {
        var n = shareToPrimaryTotal.Length;
        var reaches = new bool[n];
        for (var j = 0; j < n; j++)
        {
            reaches[j] = shareToPrimaryTotal[j] > 0;
        }

        // Propagate backwards: j reaches a primary if it sends a positive share to some i that does.
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var j = 0; j < n; j++)
            {
                if (reaches[j])
                {
                    continue;
                }

                for (var i = 0; i < n; i++)
                {
                    if (shareToSupport[i, j] > 0 && reaches[i])
                    {
                        reaches[j] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }

        return Enumerable.Range(0, n).Where(j => !reaches[j]).ToList();
    }

    /// <summary>
    /// (I − A)⁻¹. Returns null and the column of the failing pivot when the system is (nearly) singular.
    /// </summary>
    public static decimal[,]? Invert(decimal[,] shareToSupport, out int failedColumn)
    {
        var n = shareToSupport.GetLength(0);
        var a = new decimal[n, 2 * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = (i == j ? 1m : 0m) - shareToSupport[i, j];
            }

            a[i, n + i] = 1m;
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[pivot, col]) < SingularTolerance)
            {
                failedColumn = col;
                return null;
            }

            if (pivot != col)
            {
                for (var c = 0; c < 2 * n; c++)
                {
                    (a[pivot, c], a[col, c]) = (a[col, c], a[pivot, c]);
                }
            }

            var p = a[col, col];
            for (var c = 0; c < 2 * n; c++)
            {
                a[col, c] /= p;
            }

            for (var r = 0; r < n; r++)
            {
                if (r == col || a[r, col] == 0)
                {
                    continue;
                }

                var factor = a[r, col];
                for (var c = 0; c < 2 * n; c++)
                {
                    a[r, c] -= factor * a[col, c];
                }
            }
        }

        var inverse = new decimal[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                inverse[i, j] = a[i, n + j];
            }
        }

        failedColumn = -1;
        return inverse;
    }

    /// <summary>C = (I − A)⁻¹·D: each support activity's full cost, own plus received from the others.</summary>
    public static decimal[] Solve(decimal[,] inverse, IReadOnlyList<decimal> direct)
    {
        var n = direct.Count;
        var c = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0m;
            for (var j = 0; j < n; j++)
            {
                sum += inverse[i, j] * direct[j];
            }

            c[i] = sum;
        }

        return c;
    }
}
