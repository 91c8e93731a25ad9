using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Name and number identify a customer in the region: both must be unique across all customers.</summary>
internal static class CustomerUniqueness
{
    public static async Task Ensure(ServicenavDb db, CustomerInput input, Guid? exceptId, CancellationToken ct)
    {
        // Checked across every customer: uniqueness is a register-wide rule, not a per-scope one.
        var others = db.Customers.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]).Where(c => c.Id != exceptId);
        var name = input.Name.Trim();
        var errors = new Dictionary<string, string[]>();
        if (await others.AnyAsync(c => c.Name == name, ct))
        {
            errors["name"] = [string.Format(SwedishCulture.Culture, Messages.CustomerNameTaken, name)];
        }

        if (input.Number is not null && await others.AnyAsync(c => c.Number == input.Number, ct))
        {
            errors["number"] = [string.Format(SwedishCulture.Culture, Messages.CustomerNumberTaken, input.Number)];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
