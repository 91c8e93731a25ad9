using Microsoft.EntityFrameworkCore;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

/// <summary>Loads a customer aggregate (within the caller's customer scope) and shapes it for reading.</summary>
internal static class CustomerReads
{
    public static Task<Customer?> Load(ServicenavDb db, Guid id, CancellationToken ct) =>
        db.Customers
            .Include(c => c.Orderers)
            .Include(c => c.Units)
            .Include(c => c.Contracts)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);

    public static async Task<CustomerDetailsDto> Details(ServicenavDb db, Customer c, TimeProvider clock, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var catalog = await CatalogReads.LatestDecided(db, ct);
        string ServiceName(string code) => catalog?.FindService(code)?.Name ?? code;
        return new CustomerDetailsDto(
            c.Id,
            c.Number,
            c.Name,
            c.Kind,
            c.OrganisationNumber,
            c.Employees,
            c.EmployeesAsOf,
            c.AccountString,
            c.Orderers.OrderBy(o => o.Name, StringComparer.Create(SwedishCulture.Culture, true))
                .Select(o => new OrdererDto(o.Id, o.Name, o.Email, o.Phone, o.Title)).ToList(),
            TreeOrder(c.Units),
            c.Contracts.OrderBy(k => k.EndDate)
                .Select(k => new LocalContractDto(k.Id, k.Supplier, k.ServiceCode, ServiceName(k.ServiceCode), k.Description, k.EndDate, k.BlocksJoiningOn(today)))
                .ToList());
    }

    private static List<OrganisationUnitDto> TreeOrder(IReadOnlyList<OrganisationUnit> units)
    {
        var byParent = units.ToLookup(u => u.ParentId);
        var ordered = new List<OrganisationUnitDto>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var unit in byParent[parent].OrderBy(u => u.Name, StringComparer.Create(SwedishCulture.Culture, true)))
            {
                ordered.Add(new OrganisationUnitDto(unit.Id, unit.ParentId, unit.Name, unit.Code, depth));
                Walk(unit.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return ordered;
    }
}
