namespace Servicenav.SharedKernel;

/// <summary>
/// Data that belongs to one customer. Every entity implementing this gets the customer-scope query filter
/// automatically (see <c>ServicenavDb</c>): a customer-bound user never reads another customer's rows,
/// whichever module or query asks. New modules inherit this by implementing the interface.
/// </summary>
public interface ICustomerOwned
{
    Guid CustomerId { get; }
}
