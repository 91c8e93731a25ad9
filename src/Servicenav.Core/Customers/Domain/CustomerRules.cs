using Servicenav.SharedKernel;

namespace Servicenav.Customers.Domain;

public sealed class UnitCannotBeMovedUnderItselfRule(bool wouldCreateCycle) : IBusinessRule
{
    public bool IsBroken() => wouldCreateCycle;

    public string Message => Messages.UnitCannotBeMovedUnderItself;
}

public sealed class UnitWithSubunitsCannotBeRemovedRule(int subunitCount) : IBusinessRule
{
    public bool IsBroken() => subunitCount > 0;

    public string Message => Messages.UnitHasSubunits;
}
