using Servicenav.Customers.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Tests.Unit;

public class CustomerTests
{
    private static Customer NewCustomer() =>
        new(new CustomerDetails("Kulturnämnden", 9, CustomerKind.Namnd, "232100-0016", 121, null, null));

    [Fact]
    public void Unit_CannotBeMovedUnderItself()
    {
        var customer = NewCustomer();
        var unit = customer.AddUnit(null, "Förvaltning", null);

        var ex = Should.Throw<BusinessRuleException>(() => customer.UpdateUnit(unit.Id, unit.Id, "Förvaltning", null));

        ex.RuleName.ShouldBe(nameof(UnitCannotBeMovedUnderItselfRule));
        unit.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Unit_CannotBeMovedUnderItsOwnSubunit()
    {
        var customer = NewCustomer();
        var top = customer.AddUnit(null, "Förvaltning", null);
        var middle = customer.AddUnit(top.Id, "Avdelning", null);
        var bottom = customer.AddUnit(middle.Id, "Enhet", null);

        Should.Throw<BusinessRuleException>(() => customer.UpdateUnit(top.Id, bottom.Id, "Förvaltning", null));

        top.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Unit_CanBeMovedUnderAnotherBranch()
    {
        var customer = NewCustomer();
        var top = customer.AddUnit(null, "Förvaltning", null);
        var a = customer.AddUnit(top.Id, "Avdelning A", null);
        var b = customer.AddUnit(top.Id, "Avdelning B", null);
        var unit = customer.AddUnit(a.Id, "Enhet", "E1");

        customer.UpdateUnit(unit.Id, b.Id, "Enhet 1", "E1").ShouldBeTrue();

        unit.ParentId.ShouldBe(b.Id);
        unit.Name.ShouldBe("Enhet 1");
    }

    [Fact]
    public void Unit_WithSubunits_CannotBeRemoved()
    {
        var customer = NewCustomer();
        var top = customer.AddUnit(null, "Förvaltning", null);
        customer.AddUnit(top.Id, "Avdelning", null);

        var ex = Should.Throw<BusinessRuleException>(() => customer.RemoveUnit(top.Id));

        ex.RuleName.ShouldBe(nameof(UnitWithSubunitsCannotBeRemovedRule));
        customer.Units.Count.ShouldBe(2);
    }

    [Fact]
    public void Unit_WithoutSubunits_CanBeRemoved()
    {
        var customer = NewCustomer();
        var top = customer.AddUnit(null, "Förvaltning", null);
        var leaf = customer.AddUnit(top.Id, "Avdelning", null);

        customer.RemoveUnit(leaf.Id).ShouldBeTrue();

        customer.Units.ShouldHaveSingleItem().Id.ShouldBe(top.Id);
    }

    [Fact]
    public void Unit_UnderAParentTheCustomerDoesNotHave_FailsOnFieldParentId()
    {
        var customer = NewCustomer();

        var ex = Should.Throw<ValidationFailedException>(() => customer.AddUnit(Guid.NewGuid(), "Enhet", null));

        ex.Errors.Keys.ShouldBe(["parentId"]);
        customer.Units.ShouldBeEmpty();
    }

    [Fact]
    public void UnknownUnitOrdererOrContract_IsReportedAsNotFound()
    {
        var customer = NewCustomer();

        customer.UpdateUnit(Guid.NewGuid(), null, "X", null).ShouldBeFalse();
        customer.RemoveUnit(Guid.NewGuid()).ShouldBeFalse();
        customer.RemoveOrderer(Guid.NewGuid()).ShouldBeFalse();
        customer.RemoveContract(Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void LocalContract_BlocksJoiningUntilAndIncludingItsEndDate()
    {
        var customer = NewCustomer();
        var contract = customer.AddContract(new LocalContractDetails("Telia", "natverk", null, new DateOnly(2028, 12, 31)));

        contract.BlocksJoiningOn(new DateOnly(2028, 12, 31)).ShouldBeTrue();
        contract.BlocksJoiningOn(new DateOnly(2029, 1, 1)).ShouldBeFalse();
    }
}
