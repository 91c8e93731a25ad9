using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class MoneyTests
{
    [Theory]
    [InlineData("1.005", "1.01")]
    [InlineData("1.004", "1.00")]
    [InlineData("2.345", "2.35")]
    [InlineData("-1.005", "-1.01")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("0.005", "0.01")]
    [InlineData("1234.5", "1234.50")]
    public void Sek_RoundsToOreHalfAwayFromZero(string kronor, string expected)
    {
        Money.Sek(decimal.Parse(kronor, System.Globalization.CultureInfo.InvariantCulture)).Kronor
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ore_AndBack_IsExact()
    {
        var amount = Money.Sek(1234.56m);

        amount.Ore.ShouldBe(123456L);
        Money.FromOre(amount.Ore).ShouldBe(amount);
        Money.FromOre(-5).Kronor.ShouldBe(-0.05m);
    }

    [Fact]
    public void Sums_AreExactToTheOre()
    {
        var total = Money.Zero;
        for (var i = 0; i < 1_000_000; i++)
        {
            total += Money.Sek(0.10m);
        }

        total.ShouldBe(Money.Sek(100_000m));
        total.Ore.ShouldBe(10_000_000L);
    }

    [Theory]
    [InlineData("100", "0.33335", "33.34")] // 33.335 rounds up
    [InlineData("-100", "0.33335", "-33.34")]
    [InlineData("19.99", "3", "59.97")]
    public void Times_RoundsTheProductToOre(string kronor, string factor, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        Money.Sek(decimal.Parse(kronor, inv)).Times(decimal.Parse(factor, inv)).Kronor.ShouldBe(decimal.Parse(expected, inv));
    }

    [Fact]
    public void Amounts_CompareByValue()
    {
        (Money.Sek(10) > Money.Sek(9.99m)).ShouldBeTrue();
        (Money.Sek(10) - Money.Sek(10.01m)).ShouldBe(-Money.Sek(0.01m));
        new[] { Money.Sek(3), Money.Sek(1), Money.Sek(2) }.Order().ShouldBe([Money.Sek(1), Money.Sek(2), Money.Sek(3)]);
    }

    [Fact]
    public void ToString_IsSwedishWithNonBreakingSpaces()
    {
        Money.Sek(1234.5m).ToString().ShouldBe("1\u00a0234,50\u00a0kr");
        Money.Sek(1234567.891m).ToString().ShouldBe("1\u00a0234\u00a0567,89\u00a0kr");
        Money.Zero.ToString().ShouldBe("0,00\u00a0kr");
    }
}
