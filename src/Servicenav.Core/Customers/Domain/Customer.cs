using Servicenav.SharedKernel;

namespace Servicenav.Customers.Domain;

/// <summary>
/// A customer of the shared-services organisation: a committee or a company of the region. Owns its
/// orderers, its organisation tree and its local contracts. Its own row is customer-owned too, so a
/// customer-bound user finds no other customer at all.
/// </summary>
public sealed class Customer : Entity, ICustomerOwned
{
    private readonly List<Orderer> _orderers = [];
    private readonly List<OrganisationUnit> _units = [];
    private readonly List<LocalContract> _contracts = [];

    private Customer()
    {
    }

    public Customer(CustomerDetails details)
    {
        Id = Guid.CreateVersion7();
        Update(details);
    }

    public Guid Id { get; private set; }

    /// <summary>Same as <see cref="Id"/>: the customer owns its own row.</summary>
    public Guid CustomerId => Id;

    /// <summary>The customer's number in the region's own lists (e.g. the row of Bilaga 9).</summary>
    public int? Number { get; private set; }

    public string Name { get; private set; } = "";

    public CustomerKind Kind { get; private set; }

    public string? OrganisationNumber { get; private set; }

    public int Employees { get; private set; }

    public DateOnly? EmployeesAsOf { get; private set; }

    public AccountString? AccountString { get; private set; }

    public IReadOnlyList<Orderer> Orderers => _orderers;

    public IReadOnlyList<OrganisationUnit> Units => _units;

    public IReadOnlyList<LocalContract> Contracts => _contracts;

    public void Update(CustomerDetails details)
    {
        Name = details.Name.Trim();
        Number = details.Number;
        Kind = details.Kind;
        OrganisationNumber = string.IsNullOrWhiteSpace(details.OrganisationNumber) ? null : details.OrganisationNumber.Trim();
        Employees = details.Employees;
        EmployeesAsOf = details.EmployeesAsOf;
        AccountString = details.AccountString;
    }

    public CustomerDetails Details => new(Name, Number, Kind, OrganisationNumber, Employees, EmployeesAsOf, AccountString);

    public Orderer AddOrderer(OrdererDetails details)
    {
        var orderer = new Orderer(Id, details);
        _orderers.Add(orderer);
        return orderer;
    }

    public bool UpdateOrderer(Guid ordererId, OrdererDetails details)
    {
        var orderer = _orderers.FirstOrDefault(o => o.Id == ordererId);
        orderer?.Update(details);
        return orderer is not null;
    }

    public bool RemoveOrderer(Guid ordererId) => _orderers.RemoveAll(o => o.Id == ordererId) > 0;

    public OrganisationUnit AddUnit(Guid? parentId, string name, string? code)
    {
        EnsureParentExists(parentId);
        var unit = new OrganisationUnit(Id, parentId, name, code);
        _units.Add(unit);
        return unit;
    }

    public bool UpdateUnit(Guid unitId, Guid? parentId, string name, string? code)
    {
        var unit = _units.FirstOrDefault(u => u.Id == unitId);
        if (unit is null)
        {
            return false;
        }

        EnsureParentExists(parentId);
        CheckRule(new UnitCannotBeMovedUnderItselfRule(parentId is not null && IsSelfOrDescendant(parentId.Value, unitId)));
        unit.Update(parentId, name, code);
        return true;
    }

    public bool RemoveUnit(Guid unitId)
    {
        var unit = _units.FirstOrDefault(u => u.Id == unitId);
        if (unit is null)
        {
            return false;
        }

        CheckRule(new UnitWithSubunitsCannotBeRemovedRule(_units.Count(u => u.ParentId == unitId)));
        _units.Remove(unit);
        return true;
    }

    public LocalContract AddContract(LocalContractDetails details)
    {
        var contract = new LocalContract(Id, details);
        _contracts.Add(contract);
        return contract;
    }

    public bool UpdateContract(Guid contractId, LocalContractDetails details)
    {
        var contract = _contracts.FirstOrDefault(c => c.Id == contractId);
        contract?.Update(details);
        return contract is not null;
    }

    public bool RemoveContract(Guid contractId) => _contracts.RemoveAll(c => c.Id == contractId) > 0;

    private void EnsureParentExists(Guid? parentId)
    {
        if (parentId is not null && _units.All(u => u.Id != parentId))
        {
            throw new ValidationFailedException("parentId", Messages.ParentUnitNotFound);
        }
    }

    /// <summary>Walks up from <paramref name="candidate"/>: moving a unit under itself or its own subunit would make a loop.</summary>
    private bool IsSelfOrDescendant(Guid candidate, Guid unitId)
    {
        Guid? current = candidate;
        var seen = new HashSet<Guid>();
        while (current is not null && seen.Add(current.Value))
        {
            if (current == unitId)
            {
                return true;
            }

            current = _units.FirstOrDefault(u => u.Id == current)?.ParentId;
        }

        return false;
    }
}
