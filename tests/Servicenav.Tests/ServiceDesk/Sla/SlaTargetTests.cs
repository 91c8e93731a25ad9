using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.Tests.ServiceDesk.Sla;

public class SlaTargetTests
{
    [Fact]
    public void CatalogueHours_BecomeABusinessTimeTarget()
    {
        var target = SlaTarget.FromCatalogueHours(4.5m).ShouldNotBeNull();

        target.Kind.ShouldBe(SlaTargetKind.BusinessHours);
        target.BusinessTime.ShouldBe(TimeSpan.FromMinutes(270));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-1)]
    public void MissingOrZeroCatalogueHours_MeanNoTarget(int? hours) =>
        SlaTarget.FromCatalogueHours(hours).ShouldBeNull();

    [Fact]
    public void DayTarget_KeepsItsDays()
    {
        var target = SlaTarget.Days(2);

        target.Kind.ShouldBe(SlaTargetKind.BusinessDays);
        target.BusinessDays.ShouldBe(2);
    }

    [Fact]
    public void EmptyTarget_IsRefusedByTheClock() =>
        Should.Throw<ArgumentException>(() => SlaClock.Evaluate([], default, Sweden.Office(), DateTimeOffset.UtcNow));
}
