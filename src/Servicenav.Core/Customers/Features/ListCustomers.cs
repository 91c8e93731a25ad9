using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>The customer register. A customer-bound user finds only its own customer (customer scope).</summary>
public sealed record ListCustomers(string? Search = null) : IRequest<Result<IReadOnlyList<CustomerSummaryDto>>>;

internal sealed class ListCustomersHandler(ServicenavDb db, TimeProvider clock) : IHandler<ListCustomers, Result<IReadOnlyList<CustomerSummaryDto>>>
{
    public async Task<Result<IReadOnlyList<CustomerSummaryDto>>> Handle(ListCustomers request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CustomersRead))
        {
            return Result<IReadOnlyList<CustomerSummaryDto>>.Forbidden();
        }

        var today = SwedishCulture.Today(clock);
        var rows = await db.Customers
            .Select(c => new CustomerSummaryDto(
                c.Id,
                c.Number,
                c.Name,
                c.Kind,
                c.Employees,
                c.Orderers.Count,
                c.Contracts.Count(k => k.EndDate >= today)))
            .ToListAsync(cancellationToken);

        // Filtered in memory for correct Swedish case-insensitive matching; the register has tens of rows.
        var compare = SwedishCulture.Culture.CompareInfo;
        return rows
            .Where(c => string.IsNullOrWhiteSpace(request.Search) || compare.IndexOf(c.Name, request.Search.Trim(), CompareOptions.IgnoreCase) >= 0)
            .OrderBy(c => c.Number ?? int.MaxValue).ThenBy(c => c.Name, StringComparer.Create(SwedishCulture.Culture, true))
            .ToList();
    }
}
