using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class PeriodTests
{
    [Theory]
    [InlineData("2025-03", 2025, 3)]
    [InlineData("202512", 2025, 12)]
    [InlineData(" 2026-01 ", 2026, 1)]
    public void TryParse_ReadsYearAndMonth(string text, int year, int month)
    {
        Period.TryParse(text, out var period).ShouldBeTrue();
        period.ShouldBe(new Period(year, month));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("25-03")]
    [InlineData("mars 2025")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RefusesWhatIsNotAMonth(string? text) => Period.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void NextAndPrevious_CrossTheYear()
    {
        new Period(2025, 12).Next.ShouldBe(new Period(2026, 1));
        new Period(2026, 1).Previous.ShouldBe(new Period(2025, 12));
    }

    [Fact]
    public void Key_IsYearMonthAndRoundTrips()
    {
        var period = new Period(2025, 3);
        period.Key.ShouldBe(202503);
        Period.FromKey(period.Key).ShouldBe(period);
        period.ToString().ShouldBe("2025-03");
        period.LastDay.ShouldBe(new DateOnly(2025, 3, 31));
        new Period(2024, 2).LastDay.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void In_json_a_period_is_its_month_and_money_is_kronor()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { Period = new Period(2026, 3), Amount = Money.Sek(1234.5m) });

        json.ShouldBe("{\"Period\":\"2026-03\",\"Amount\":1234.5}");
        System.Text.Json.JsonSerializer.Deserialize<Period>("\"2026-03\"").ShouldBe(new Period(2026, 3));
        System.Text.Json.JsonSerializer.Deserialize<Money>("99.999").ShouldBe(Money.Sek(100m));
    }
}
