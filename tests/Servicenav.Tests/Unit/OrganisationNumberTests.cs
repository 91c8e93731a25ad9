using Servicenav.Customers.Domain;

namespace Servicenav.Tests.Unit;

public class OrganisationNumberTests
{
    [Theory]
    [InlineData("232100-0016")] // Region Stockholm
    [InlineData("2321000016")]
    [InlineData("556036-0793")] // an aktiebolag
    [InlineData(" 232100-0016 ")] // pasted with spaces around it
    public void ValidNumber_IsAcceptedAndWrittenWithADash(string input)
    {
        OrganisationNumber.TryNormalize(input, out var normalized).ShouldBeTrue();

        normalized.ShouldMatch(@"^\d{6}-\d{4}$");
        normalized.Replace("-", "", StringComparison.Ordinal).ShouldBe(input.Trim().Replace("-", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("232100-0017")] // check digit off by one
    [InlineData("232100-0010")]
    [InlineData("232100-001")] // too short
    [InlineData("232100-00160")] // too long
    [InlineData("23210O-0016")] // letter O for zero
    [InlineData("811218-9876")] // a valid personnummer, but the third digit shows it is not an organisation
    [InlineData("")]
    public void InvalidNumber_IsRefused(string input)
    {
        OrganisationNumber.TryNormalize(input, out _).ShouldBeFalse();
    }
}
