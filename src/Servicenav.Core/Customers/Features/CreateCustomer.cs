using FluentValidation;
using Servicenav.Access;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Registers a new customer (committee or company).</summary>
public sealed class CreateCustomer : CustomerInput, IRequest<Result<CustomerDetailsDto>>;

public sealed class CreateCustomerValidator : AbstractValidator<CreateCustomer>
{
    public CreateCustomerValidator() => Include(new CustomerInputValidator());
}

internal sealed class CreateCustomerHandler(ServicenavDb db, TimeProvider clock) : IHandler<CreateCustomer, Result<CustomerDetailsDto>>
{
    public async Task<Result<CustomerDetailsDto>> Handle(CreateCustomer request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CustomersEdit))
        {
            return Result<CustomerDetailsDto>.Forbidden();
        }

        await CustomerUniqueness.Ensure(db, request, exceptId: null, cancellationToken);
        var customer = new Customer(request.ToDetails());
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return await CustomerReads.Details(db, customer, clock, cancellationToken);
    }
}
