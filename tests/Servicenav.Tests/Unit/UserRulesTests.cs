using Servicenav.Access;
using Servicenav.Access.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class UserRulesTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid CustomerId = Guid.NewGuid();

    private static User NewUser(Role[] roles, Guid? customerId) => new("Bea.Bestallare", "Bea Beställare", "Bea@Example.se", roles, customerId, Now);

    [Theory]
    [InlineData(Role.Bestallare)]
    [InlineData(Role.Medarbetare)]
    public void CustomerRole_WithOneCustomer_IsAccepted(Role role)
    {
        var user = NewUser([role], CustomerId);

        user.CustomerId.ShouldBe(CustomerId);
        user.Roles.ShouldBe([role]);
        user.ToContext().IsCustomerScoped.ShouldBeTrue();
    }

    [Theory]
    [InlineData(Role.Bestallare)]
    [InlineData(Role.Medarbetare)]
    public void CustomerRole_WithoutCustomer_IsRefused(Role role)
    {
        var ex = Should.Throw<BusinessRuleException>(() => NewUser([role], null));

        ex.RuleName.ShouldBe(nameof(CustomerRolesRequireOneCustomerRule));
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Tjansteagare)]
    [InlineData(Role.Controller)]
    [InlineData(Role.Handlaggare)]
    public void StaffRole_WithACustomer_IsRefused(Role role)
    {
        Should.Throw<BusinessRuleException>(() => NewUser([role], CustomerId))
            .RuleName.ShouldBe(nameof(CustomerRolesRequireOneCustomerRule));
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.Handlaggare)]
    public void StaffRole_WithoutCustomer_IsAccepted(Role role)
    {
        var user = NewUser([role], null);

        user.CustomerId.ShouldBeNull();
        user.ToContext().SeesAllCustomers.ShouldBeTrue();
    }

    [Fact]
    public void CustomerRoleMixedWithStaffRole_IsRefusedWithOrWithoutCustomer()
    {
        Should.Throw<BusinessRuleException>(() => NewUser([Role.Bestallare, Role.Administrator], CustomerId));
        Should.Throw<BusinessRuleException>(() => NewUser([Role.Bestallare, Role.Administrator], null));
    }

    [Fact]
    public void User_WithoutRoles_IsRefused()
    {
        Should.Throw<BusinessRuleException>(() => NewUser([], null)).RuleName.ShouldBe(nameof(UserMustHaveARoleRule));
    }

    [Fact]
    public void ReassigningRoles_FollowsTheSameRules()
    {
        var user = NewUser([Role.Handlaggare], null);

        Should.Throw<BusinessRuleException>(() => user.AssignRoles([Role.Bestallare], null));

        user.Roles.ShouldBe([Role.Handlaggare]);
        user.CustomerId.ShouldBeNull();
    }

    [Fact]
    public void UserNameAndEmail_AreStoredLowerCase()
    {
        var user = NewUser([Role.Bestallare], CustomerId);

        user.UserName.ShouldBe("bea.bestallare");
        user.Email.ShouldBe("bea@example.se");
    }
}

public class UserContextTests
{
    [Fact]
    public void Bestallare_IsScopedToItsCustomer()
    {
        var customer = Guid.NewGuid();
        var user = new UserContext(Guid.NewGuid(), "bea", [Role.Bestallare], customer);

        user.IsCustomerScoped.ShouldBeTrue();
        user.SeesAllCustomers.ShouldBeFalse();
        user.CustomerId.ShouldBe(customer);
        user.Has(Permission.CustomersEdit).ShouldBeFalse();
    }

    [Fact]
    public void Anonymous_MayDoNothingAndSeesNoCustomer()
    {
        var anonymous = UserContext.Anonymous;

        anonymous.SeesAllCustomers.ShouldBeFalse();
        Enum.GetValues<Permission>().ShouldAllBe(p => !anonymous.Has(p));
    }

    [Fact]
    public void System_MayDoEverythingAndSeesAllCustomers()
    {
        var system = UserContext.System("cli");

        system.SeesAllCustomers.ShouldBeTrue();
        Enum.GetValues<Permission>().ShouldAllBe(p => system.Has(p));
    }

    [Fact]
    public void Tjansteagare_MayEditOwnServicesButNotDecide()
    {
        var owner = new UserContext(Guid.NewGuid(), "olle", [Role.Tjansteagare], null);

        owner.Has(Permission.CatalogEditOwnServices).ShouldBeTrue();
        owner.Has(Permission.CatalogEditAll).ShouldBeFalse();
        owner.Has(Permission.CatalogDecide).ShouldBeFalse();
    }
}
