using Servicenav.SharedKernel;

namespace Servicenav.YearEnd.Domain;

/// <summary>What one customer was charged in an area during the year: the basis of its refund share.</summary>
public sealed record ChargedBasis(Guid CustomerId, Money Charged);

/// <summary>One customer's share of a refund and the charge it was computed from.</summary>
public sealed record RefundShareLine(Guid CustomerId, Money Charged, Money Amount);

/// <summary>
/// Splits a refund pro rata to what each customer was charged in the area, exact to the öre: each share is
/// rounded down to whole öre and the öre left over go, one each, to the largest fractional remainders
/// (ties to the larger charge), so the shares always add up to the refund.
/// </summary>
public static class RefundDistribution
{
    public static IReadOnlyList<RefundShareLine> ProRata(Money refund, IReadOnlyList<ChargedBasis> charges)
    {
        var basis = charges.Where(c => c.Charged > Money.Zero).ToList();
        var totalOre = basis.Sum(c => c.Charged.Ore);
        if (refund <= Money.Zero || totalOre == 0)
        {
            return [];
        }

        var exact = basis
            .Select(c => (Basis: c, Exact: (decimal)refund.Ore * c.Charged.Ore / totalOre))
            .Select(x => (x.Basis, Floor: (long)Math.Floor(x.Exact), Fraction: x.Exact - Math.Floor(x.Exact)))
            .ToList();
        var leftOver = refund.Ore - exact.Sum(x => x.Floor);
        var extra = exact
            .OrderByDescending(x => x.Fraction)
            .ThenByDescending(x => x.Basis.Charged.Ore)
            .ThenBy(x => x.Basis.CustomerId)
            .Take((int)leftOver)
            .Select(x => x.Basis.CustomerId)
            .ToHashSet();

        return exact
            .Select(x => new RefundShareLine(x.Basis.CustomerId, x.Basis.Charged, Money.FromOre(x.Floor + (extra.Contains(x.Basis.CustomerId) ? 1 : 0))))
            .Where(s => s.Amount > Money.Zero)
            .ToList();
    }
}
