using Servicenav.SharedKernel;

namespace Servicenav.Customers.Domain;

/// <summary>
/// A contract the customer holds locally for something a shared service also covers. Until it ends the
/// customer does not join that shared service (existing contracts run to their end).
/// </summary>
public sealed class LocalContract : ICustomerOwned
{
    private LocalContract()
    {
    }

    internal LocalContract(Guid customerId, LocalContractDetails details)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Update(details);
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Supplier { get; private set; } = "";

    /// <summary>Code of the catalogue service this contract covers.</summary>
    public string ServiceCode { get; private set; } = "";

    public string? Description { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>True while the contract still runs and so blocks joining the shared service.</summary>
    public bool BlocksJoiningOn(DateOnly date) => EndDate >= date;

    internal void Update(LocalContractDetails details)
    {
        Supplier = details.Supplier.Trim();
        ServiceCode = details.ServiceCode.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        EndDate = details.EndDate;
    }
}

public sealed record LocalContractDetails(string Supplier, string ServiceCode, string? Description, DateOnly EndDate);
