using FluentValidation;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Changes a customer's facts: name, kind, org. number, employees, account string.</summary>
public sealed class UpdateCustomer : CustomerInput, IRequest<Result<CustomerDetailsDto>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; set; }
}

public sealed class UpdateCustomerValidator : AbstractValidator<UpdateCustomer>
{
    public UpdateCustomerValidator() => Include(new CustomerInputValidator());
}

internal sealed class UpdateCustomerHandler(ServicenavDb db, TimeProvider clock) : IHandler<UpdateCustomer, Result<CustomerDetailsDto>>
{
    public async Task<Result<CustomerDetailsDto>> Handle(UpdateCustomer request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CustomersEdit))
        {
            return Result<CustomerDetailsDto>.Forbidden();
        }

        var customer = await CustomerReads.Load(db, request.Id, cancellationToken);
        if (customer is null)
        {
            return Result<CustomerDetailsDto>.NotFound();
        }

        await CustomerUniqueness.Ensure(db, request, request.Id, cancellationToken);
        customer.Update(request.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return await CustomerReads.Details(db, customer, clock, cancellationToken);
    }
}
