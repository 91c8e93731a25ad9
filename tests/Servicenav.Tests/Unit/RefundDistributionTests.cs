using Servicenav.YearEnd.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class RefundDistributionTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void A_refund_is_split_in_proportion_to_what_each_customer_was_charged()
    {
        var shares = RefundDistribution.ProRata(Money.Sek(1_000), [new(A, Money.Sek(6_000)), new(B, Money.Sek(3_000)), new(C, Money.Sek(1_000))]);

        shares.Single(s => s.CustomerId == A).Amount.ShouldBe(Money.Sek(600));
        shares.Single(s => s.CustomerId == B).Amount.ShouldBe(Money.Sek(300));
        shares.Single(s => s.CustomerId == C).Amount.ShouldBe(Money.Sek(100));
    }

    [Fact]
    public void The_shares_add_up_to_the_refund_to_the_ore_when_it_does_not_divide_evenly()
    {
        var shares = RefundDistribution.ProRata(Money.Sek(100), [new(A, Money.Sek(1)), new(B, Money.Sek(1)), new(C, Money.Sek(1))]);

        shares.Sum(s => s.Amount.Ore).ShouldBe(10_000);
        shares.Select(s => s.Amount.Ore).OrderBy(o => o).ShouldBe([3_333, 3_333, 3_334]);
    }

    [Fact]
    public void Shares_stay_exact_over_many_random_charge_bases()
    {
        var random = new Random(20201231);
        for (var round = 0; round < 500; round++)
        {
            var charges = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => new ChargedBasis(Guid.NewGuid(), Money.FromOre(random.NextInt64(1, 5_000_000_000))))
                .ToList();
            var refund = Money.FromOre(random.NextInt64(1, 10_000_000_000));

            var shares = RefundDistribution.ProRata(refund, charges);

            shares.Sum(s => s.Amount.Ore).ShouldBe(refund.Ore);
            var total = charges.Sum(c => c.Charged.Ore);
            foreach (var share in shares)
            {
                var exact = (decimal)refund.Ore * share.Charged.Ore / total;
                Math.Abs(share.Amount.Ore - exact).ShouldBeLessThan(1m);
            }
        }
    }

    [Fact]
    public void Customers_credited_or_never_charged_get_no_share()
    {
        var shares = RefundDistribution.ProRata(Money.Sek(500), [new(A, Money.Sek(2_000)), new(B, Money.Sek(-300)), new(C, Money.Zero)]);

        shares.ShouldHaveSingleItem().CustomerId.ShouldBe(A);
        shares[0].Amount.ShouldBe(Money.Sek(500));
    }
}
