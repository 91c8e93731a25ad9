using Servicenav.Access;
using Servicenav.Access.Features;
using Servicenav.Customers.Features;
using Servicenav.SharedKernel;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.Integration;

public class UserTests
{
    private const string Password = "Sommar-i-Stockholm-2026";

    [Theory, AllDatabases]
    public async Task CreatedUser_SignsInWithTheRightPasswordOnly(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var user = (await app.Send(new CreateUser { UserName = "Hanna.H", DisplayName = "Hanna Handläggare", Email = "hanna@example.se", Roles = [Role.Handlaggare], Password = Password }, As.Admin)).ShouldBeOk();

        var signedIn = await app.Send(new AuthenticateUser("HANNA.h", Password), UserContext.Anonymous);

        user.HasPassword.ShouldBeTrue();
        signedIn.ShouldNotBeNull();
        signedIn.DisplayName.ShouldBe("Hanna Handläggare");
        signedIn.Context.UserId.ShouldBe(user.Id);
        signedIn.Context.UserName.ShouldBe("hanna.h");
        signedIn.Context.Roles.ShouldBe([Role.Handlaggare]);
        (await app.Send(new AuthenticateUser("hanna.h", Password + "x"), UserContext.Anonymous)).ShouldBeNull();
        (await app.Send(new AuthenticateUser("hanna.h", ""), UserContext.Anonymous)).ShouldBeNull();
        (await app.Send(new AuthenticateUser("nobody", Password), UserContext.Anonymous)).ShouldBeNull();
    }

    [Theory, AllDatabases]
    public async Task UserWithoutPassword_CannotSignInWithOne(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(new CreateUser { UserName = "idp.user", DisplayName = "Via e-tjänstekort", Roles = [Role.Handlaggare] }, As.Admin)).ShouldBeOk();

        (await app.Send(new AuthenticateUser("idp.user", ""), UserContext.Anonymous)).ShouldBeNull();
    }

    [Theory, AllDatabases]
    public async Task InactiveUser_CannotSignIn(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var user = (await app.Send(new CreateUser { UserName = "carl", DisplayName = "Carl Controller", Roles = [Role.Controller], Password = Password }, As.Admin)).ShouldBeOk();

        (await app.Send(new UpdateUser { Id = user.Id, DisplayName = "Carl Controller", Roles = [Role.Controller], IsActive = false }, As.Admin)).ShouldBeOk();

        (await app.Send(new AuthenticateUser("carl", Password), UserContext.Anonymous)).ShouldBeNull();
        (await app.Send(new UpdateUser { Id = user.Id, DisplayName = "Carl Controller", Roles = [Role.Controller], IsActive = true }, As.Admin)).ShouldBeOk();
        (await app.Send(new AuthenticateUser("carl", Password), UserContext.Anonymous)).ShouldNotBeNull();
    }

    [Theory, AllDatabases]
    public async Task SignedInBestallare_SeesOnlyTheirCustomer(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var own = (await app.Send(A.Customer("Kulturnämnden", 9), As.Admin)).ShouldBeOk();
        (await app.Send(A.Customer("Patientnämnden", 11), As.Admin)).ShouldBeOk();
        (await app.Send(new CreateUser { UserName = "bea", DisplayName = "Bea", Roles = [Role.Bestallare], CustomerId = own.Id, Password = Password }, As.Admin)).ShouldBeOk();

        var bea = (await app.Send(new AuthenticateUser("bea", Password), UserContext.Anonymous)).ShouldNotBeNull();

        bea.Context.CustomerId.ShouldBe(own.Id);
        (await app.Send(new ListCustomers(), bea.Context)).ShouldBeOk().ShouldHaveSingleItem().Name.ShouldBe("Kulturnämnden");
    }

    [Theory, AllDatabases]
    public async Task IdentityProviderSignIn_IsMatchedByEmailThenBySubject(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        var user = (await app.Send(new CreateUser { UserName = "olle", DisplayName = "Olle Ägare", Email = "Olle.Agare@Regionstockholm.se", Roles = [Role.Tjansteagare] }, As.Admin)).ShouldBeOk();

        var first = await app.Send(new ResolveExternalUser("sub-123", "olle.agare@regionstockholm.se"), UserContext.Anonymous);
        var later = await app.Send(new ResolveExternalUser("sub-123", "ny.adress@regionstockholm.se"), UserContext.Anonymous);

        first.ShouldNotBeNull().Context.UserId.ShouldBe(user.Id);
        later.ShouldNotBeNull().Context.Roles.ShouldBe([Role.Tjansteagare]);
        (await app.Send(new ResolveExternalUser("sub-999", "okand@regionstockholm.se"), UserContext.Anonymous)).ShouldBeNull();
        (await app.Send(new ResolveExternalUser("sub-456", "olle.agare@regionstockholm.se"), UserContext.Anonymous)).ShouldBeNull("the e-mail is already linked to another subject");
    }

    [Theory, AllDatabases]
    public async Task CreateUser_WithATakenUserName_FailsOnFieldUserName(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);
        (await app.Send(new CreateUser { UserName = "hanna", DisplayName = "Hanna", Roles = [Role.Handlaggare] }, As.Admin)).ShouldBeOk();

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(new CreateUser { UserName = "Hanna", DisplayName = "Hanna 2", Roles = [Role.Handlaggare] }, As.Admin));

        ex.Errors.Keys.ShouldBe(["userName"]);
    }

    [Theory, AllDatabases]
    public async Task CreateUser_ForACustomerThatDoesNotExist_FailsOnFieldCustomerId(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        var ex = await Should.ThrowAsync<ValidationFailedException>(() => app.Send(new CreateUser { UserName = "bea", DisplayName = "Bea", Roles = [Role.Bestallare], CustomerId = Guid.NewGuid() }, As.Admin));

        ex.Errors.Keys.ShouldBe(["customerId"]);
    }

    [Theory, AllDatabases]
    public async Task OnlyAdministrators_ManageUsers(DatabaseKind db)
    {
        await using var app = await TestApp.Start(db);

        (await app.Send(new CreateUser { UserName = "xavier", DisplayName = "Xavier", Roles = [Role.Administrator] }, As.Controller)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListUsers(), As.Handlaggare)).Status.ShouldBe(ResultStatus.Forbidden);
        (await app.Send(new ListUsers(), As.Admin)).ShouldBeOk().ShouldBeEmpty();
    }
}
