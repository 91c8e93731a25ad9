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
        // Compared in memory with Swedish rules: "kulturnämnden" and "Kulturnämnden" are the same customer
        // (SQLite's lower() does not fold Å/Ä/Ö). The register has tens of rows.
        var names = await others.Select(c => c.Name).ToListAsync(ct);
        if (names.Any(n => string.Compare(n, name, SwedishCulture.Culture, System.Globalization.CompareOptions.IgnoreCase) == 0))
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
