using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

/// <summary>A year's amount spread over its months as booked: exact to the öre, credits kept, nothing booked spread evenly.</summary>
public class MonthSplitTests
{
    [Fact]
    public void Months_sum_exactly_to_the_whole_and_each_is_within_an_öre_of_its_share()
    {
        decimal[] profile = [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 7];

        var parts = MonthSplit.Split(1_000_000_01, profile);

        parts.Sum().ShouldBe(1_000_000_01);
        for (var m = 0; m < 12; m++)
        {
            Math.Abs(parts[m] - (1_000_000_01m * profile[m] / 20m)).ShouldBeLessThan(1m);
        }
    }

    [Fact]
    public void A_credit_month_stays_a_credit()
    {
        decimal[] profile = [10, 10, -5, 10, 10, 10, 10, 10, 10, 10, 10, 5];

        var parts = MonthSplit.Split(100_000, profile);

        parts[2].ShouldBe(-5_000);
        parts.Sum().ShouldBe(100_000);
    }

    [Fact]
    public void Nothing_booked_is_spread_as_twelfths_and_a_negative_whole_as_negative_twelfths()
    {
        MonthSplit.Evenly(1_200).ShouldAllBe(p => p == 100);
        var odd = MonthSplit.Evenly(-1_000);
        odd.Sum().ShouldBe(-1_000);
        odd.ShouldAllBe(p => p == -83 || p == -84);
    }
}
