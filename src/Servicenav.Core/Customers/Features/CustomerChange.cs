using Servicenav.Access;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>
/// The common path of every change to a customer's parts: permission, load within scope, apply, save,
/// return the customer as it now reads. <paramref name="apply"/> returns false when the part is not found.
/// </summary>
internal static class CustomerChange
{
    public static async Task<Result<CustomerDetailsDto>> Apply(
        ServicenavDb db, TimeProvider clock, Guid customerId, Func<Customer, bool> apply, CancellationToken ct)
    {
        if (!db.User.Has(Permission.CustomersEdit))
        {
            return Result<CustomerDetailsDto>.Forbidden();
        }

        var customer = await CustomerReads.Load(db, customerId, ct);
        if (customer is null || !apply(customer))
        {
            return Result<CustomerDetailsDto>.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return await CustomerReads.Details(db, customer, clock, ct);
    }
}
