using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>
/// A change to one part of a customer (an orderer, a unit, a local contract): which customer, and which
/// part — none when a part is added. Lets hosts route the three kinds of parts the same way.
/// </summary>
public interface ICustomerPartChange : IRequest<Result<CustomerDetailsDto>>
{
    Guid CustomerId { get; set; }

    Guid? PartId { get; set; }
}
