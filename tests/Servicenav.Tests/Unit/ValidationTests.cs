using Microsoft.Extensions.DependencyInjection;
using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Features;
using Servicenav.Data;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Unit;

/// <summary>
/// Input validation as the web and CLI meet it: through <see cref="Sender"/>, which validates before any
/// handler runs. The provider points at an in-memory SQLite connection nobody opens: a request that
/// wrongly passed validation would reach its handler and fail with something other than a validation error.
/// </summary>
public class ValidationTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddServicenavCore(DatabaseProvider.Sqlite, "Data Source=:memory:")
        .BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOf<T>(IRequest<T> request)
    {
        var sender = _services.GetRequiredService<Sender>();
        var ex = await Should.ThrowAsync<ValidationFailedException>(() => sender.Send(request, As.Admin));
        return ex.Errors;
    }

    [Theory]
    [InlineData("100.01")]
    [InlineData("-0.01")]
    [InlineData("250")]
    public async Task Service_AvailabilityOutside0To100_FailsOnAvailabilityTargetPercent(string percent)
    {
        var request = A.Service().WithAvailability(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).Add(1);

        var errors = await ErrorsOf(request);

        errors.Keys.ShouldBe(["availabilityTargetPercent"]);
        errors["availabilityTargetPercent"].ShouldBe(["Tillgängligheten måste vara mellan 0 och 100 %."]);
    }

    [Fact]
    public async Task Service_NegativeTargets_FailOnEachTargetField()
    {
        var request = A.Service().WithP1(-1, 8).Update(1);
        request.P4ResolutionHours = -0.5m;

        var errors = await ErrorsOf(request);

        errors.Keys.ShouldBe(["p1ResponseHours", "p4ResolutionHours"], ignoreOrder: true);
    }

    [Fact]
    public async Task Service_ResolutionShorterThanResponse_FailsOnTheResolutionField()
    {
        var request = A.Service().WithP1(8, 4).Add(1);

        var errors = await ErrorsOf(request);

        errors.Keys.ShouldBe(["p1ResolutionHours"]);
        errors["p1ResolutionHours"].ShouldBe(["Åtgärdstiden kan inte vara kortare än svarstiden."]);
    }

    [Fact]
    public async Task Service_EmptyName_FailsOnName()
    {
        var request = A.Service().Named("").Add(1);

        (await ErrorsOf(request)).Keys.ShouldBe(["name"]);
    }

    [Fact]
    public async Task Service_SeveralProblems_AreReportedTogether()
    {
        var request = A.Service(code: "Bad Code!").Named("").WithAvailability(101).WithP1(4, 2).Add(1);

        (await ErrorsOf(request)).Keys.ShouldBe(["code", "name", "availabilityTargetPercent", "p1ResolutionHours"], ignoreOrder: true);
    }

    [Fact]
    public void Service_ValidInput_PassesTheValidator()
    {
        new ServiceInputValidator().Validate(A.Service().Add(1)).IsValid.ShouldBeTrue();
        new ServiceInputValidator().Validate(A.Service().WithAvailability(null).WithP1(null, null).Add(1)).IsValid.ShouldBeTrue();
        new ServiceInputValidator().Validate(A.Service().WithAvailability(100).WithP1(4, 4).Add(1)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Decision_WithoutDiarienummer_FailsOnDiarienummer()
    {
        var request = SmallCatalog.Decision(2, "  ", new DateOnly(2026, 1, 1));

        var errors = await ErrorsOf(request);

        errors.Keys.ShouldBe(["diarienummer"]);
        errors["diarienummer"].ShouldBe(["Ett beslut måste ha diarienummer."]);
    }

    [Fact]
    public async Task Customer_PartialAccountString_FailsOnEachMissingPart()
    {
        var request = A.Customer();
        request.AccountVerksamhet = null;
        request.AccountMotpart = " ";

        (await ErrorsOf(request)).Keys.ShouldBe(["accountVerksamhet", "accountMotpart"], ignoreOrder: true);
    }

    [Fact]
    public async Task Customer_InvalidOrganisationNumber_FailsOnOrganisationNumber()
    {
        var request = A.Customer();
        request.OrganisationNumber = "232100-0017";

        (await ErrorsOf(request)).Keys.ShouldBe(["organisationNumber"]);
    }

    [Fact]
    public async Task User_CustomerRoleWithoutCustomer_FailsOnCustomerId()
    {
        var request = new CreateUser { UserName = "bea", DisplayName = "Bea", Roles = [Role.Bestallare] };

        (await ErrorsOf(request)).Keys.ShouldBe(["customerId"]);
    }

    [Fact]
    public async Task User_StaffRoleWithCustomer_FailsOnCustomerId()
    {
        var request = new CreateUser { UserName = "hanna", DisplayName = "Hanna", Roles = [Role.Handlaggare], CustomerId = Guid.NewGuid() };

        (await ErrorsOf(request)).Keys.ShouldBe(["customerId"]);
    }

    [Fact]
    public async Task User_ShortPassword_FailsOnPassword()
    {
        var request = new CreateUser { UserName = "hanna", DisplayName = "Hanna", Roles = [Role.Handlaggare], Password = "kort" };

        (await ErrorsOf(request)).Keys.ShouldBe(["password"]);
    }
}
