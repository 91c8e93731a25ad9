using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>One customer with its orderers, organisation tree, account string and local contracts.</summary>
public sealed record GetCustomer(Guid Id) : IRequest<Result<CustomerDetailsDto>>;

internal sealed class GetCustomerHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetCustomer, Result<CustomerDetailsDto>>
{
    public async Task<Result<CustomerDetailsDto>> Handle(GetCustomer request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CustomersRead))
        {
            return Result<CustomerDetailsDto>.Forbidden();
        }

        // Another customer's row is invisible to a customer-bound user: not found, not forbidden.
        var customer = await CustomerReads.Load(db, request.Id, cancellationToken);
        return customer is null
            ? Result<CustomerDetailsDto>.NotFound()
            : await CustomerReads.Details(db, customer, clock, cancellationToken);
    }
}
