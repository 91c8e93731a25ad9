using System.Globalization;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Unit;

public class SwedishCultureTests
{
    [Fact]
    public void Numbers_UseSwedishSeparatorsWhateverTheThreadCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            SwedishCulture.Number(1234.5m, 2).ShouldBe("1\u00a0234,50");
            SwedishCulture.Integer(47623).ShouldBe("47\u00a0623");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Percent_HasANonBreakingSpaceBeforeTheSign()
    {
        SwedishCulture.Percent(15m / 21m).ShouldBe("71\u00a0%");
        SwedishCulture.Percent(1m).ShouldBe("100\u00a0%");
        SwedishCulture.Percent(0.5m, 1).ShouldBe("50,0\u00a0%");
    }

    [Fact]
    public void Dates_AreIso()
    {
        SwedishCulture.Date(new DateOnly(2026, 11, 23)).ShouldBe("2026-11-23");
    }

    [Fact]
    public void DateTimeText_IsStockholmLocalTime()
    {
        SwedishCulture.DateTimeText(new DateTime(2026, 7, 1, 10, 5, 0, DateTimeKind.Utc)).ShouldBe("2026-07-01 12:05"); // summer, UTC+2
        SwedishCulture.DateTimeText(new DateTime(2026, 1, 15, 10, 5, 0, DateTimeKind.Utc)).ShouldBe("2026-01-15 11:05"); // winter, UTC+1
    }

    [Theory]
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01")] // already tomorrow in Stockholm (UTC+2)
    [InlineData("2026-06-30T21:59:00Z", "2026-06-30")]
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")] // new year in Stockholm (UTC+1)
    [InlineData("2026-12-31T22:59:00Z", "2026-12-31")]
    public void Today_IsTheDateInSwedenNotOnTheServer(string utc, string expected)
    {
        var clock = new FakeClock(new DateOnly(2026, 1, 1));
        clock.SetUtcNow(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture));

        SwedishCulture.Today(clock).ShouldBe(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
    }
}
