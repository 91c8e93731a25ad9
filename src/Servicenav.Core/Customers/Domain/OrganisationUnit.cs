using Servicenav.SharedKernel;

namespace Servicenav.Customers.Domain;

/// <summary>A unit in the customer's organisation tree (förvaltning → avdelning → enhet). Cases will be raised from units.</summary>
public sealed class OrganisationUnit : ICustomerOwned
{
    private OrganisationUnit()
    {
    }

    internal OrganisationUnit(Guid customerId, Guid? parentId, string name, string? code)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        ParentId = parentId;
        Name = name.Trim();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Code { get; private set; }

    internal void Update(Guid? parentId, string name, string? code)
    {
        ParentId = parentId;
        Name = name.Trim();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
    }
}
