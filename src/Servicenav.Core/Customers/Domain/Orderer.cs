using Servicenav.SharedKernel;

namespace Servicenav.Customers.Domain;

/// <summary>A beställare: a person authorised to order services for the customer and to receive its bills.</summary>
public sealed class Orderer : ICustomerOwned
{
    private Orderer()
    {
    }

    internal Orderer(Guid customerId, OrdererDetails details)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Update(details);
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Title { get; private set; }

    internal void Update(OrdererDetails details)
    {
        Name = details.Name.Trim();
        Email = details.Email.Trim();
        Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        Title = string.IsNullOrWhiteSpace(details.Title) ? null : details.Title.Trim();
    }
}

public sealed record OrdererDetails(string Name, string Email, string? Phone, string? Title);
