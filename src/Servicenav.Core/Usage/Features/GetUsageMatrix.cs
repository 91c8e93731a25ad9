using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Catalog.Features;
using Servicenav.Data;
using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Usage.Features;

/// <summary>The "nuläge användande" overview: which customer uses which service, with coverage per service and area.</summary>
public sealed record GetUsageMatrix(string? AreaCode = null) : IRequest<Result<UsageMatrix>>;

internal sealed class GetUsageMatrixHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetUsageMatrix, Result<UsageMatrix>>
{
    public async Task<Result<UsageMatrix>> Handle(GetUsageMatrix request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.UsageRead))
        {
            return Result<UsageMatrix>.Forbidden();
        }

        var today = SwedishCulture.Today(clock);
        var catalog = await CatalogReads.Current(db, today, cancellationToken);
        if (catalog is null)
        {
            return new UsageMatrix(null, [], [], [], [], [], 0, 0, db.User.SeesAllCustomers);
        }

        var areas = catalog.Areas.OrderBy(a => a.SortOrder)
            .Where(a => request.AreaCode is null || string.Equals(a.Code, request.AreaCode, StringComparison.OrdinalIgnoreCase))
            .Select(a => new MatrixArea(a.Code, a.Name)).ToList();
        var areaOrder = catalog.Areas.ToDictionary(a => a.Code, a => a.SortOrder);
        var services = catalog.Services
            .Where(s => areas.Any(a => a.Code == s.AreaCode))
            .OrderBy(s => areaOrder[s.AreaCode]).ThenBy(s => s.Name, StringComparer.Create(SwedishCulture.Culture, true))
            .Select(s => new MatrixService(s.Code, s.Name, s.AreaCode)).ToList();

        var rows = await VisibleRows(services, today, cancellationToken);
        var (serviceCoverage, customerCount, totalEmployees) = await RegionWideCoverage(services, cancellationToken);
        var areaCoverage = areas.Select(a => Coverage(a, services, serviceCoverage, customerCount)).ToList();
        return new UsageMatrix(catalog.Number, areas, services, rows, serviceCoverage, areaCoverage, customerCount, totalEmployees, db.User.SeesAllCustomers);
    }

    /// <summary>Rows through the normal (customer-scoped) queries: a customer user gets its own row only.</summary>
    private async Task<List<MatrixRow>> VisibleRows(List<MatrixService> services, DateOnly today, CancellationToken ct)
    {
        var customers = await db.Customers.Select(c => new { c.Id, c.Number, c.Name, c.Employees }).ToListAsync(ct);
        // Read-only and only the columns shown, for the services on screen: the matrix can hold 10^5 cells.
        var codes = services.Select(s => s.Code).ToList();
        var cells = (await db.ServiceUsages.AsNoTracking()
                .Where(u => codes.Contains(u.ServiceCode))
                .Select(u => new { u.CustomerId, u.ServiceCode, u.Status, u.DegreePercent, u.Note })
                .ToListAsync(ct))
            .ToLookup(u => u.CustomerId);
        var blocking = (await db.LocalContracts.Where(k => k.EndDate >= today).Select(k => new { k.CustomerId, k.ServiceCode }).ToListAsync(ct))
            .Select(k => (k.CustomerId, k.ServiceCode)).ToHashSet();
        return customers
            .OrderBy(c => c.Number ?? int.MaxValue).ThenBy(c => c.Name, StringComparer.Create(SwedishCulture.Culture, true))
            .Select(c =>
            {
                var byService = cells[c.Id].ToDictionary(u => u.ServiceCode);
                return new MatrixRow(c.Id, c.Number, c.Name, c.Employees, services.Select(s =>
                {
                    var cell = byService.GetValueOrDefault(s.Code);
                    return new MatrixCell(s.Code, cell?.Status ?? UsageStatus.Unknown, cell?.DegreePercent, cell?.Note, blocking.Contains((c.Id, s.Code)));
                }).ToList());
            })
            .ToList();
    }

    /// <summary>
    /// Counts over every customer, computed in the database. Deliberately outside the customer scope:
    /// it returns only per-service totals, never another customer's row.
    /// </summary>
    private async Task<(List<ServiceCoverage> Coverage, int Customers, int Employees)> RegionWideCoverage(List<MatrixService> services, CancellationToken ct)
    {
        var allCustomers = db.Customers.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter]);
        var customerCount = await allCustomers.CountAsync(ct);
        var totalEmployees = await allCustomers.SumAsync(c => (int?)c.Employees, ct) ?? 0;
        var codes = services.Select(s => s.Code).ToList();
        var counts = await db.ServiceUsages.IgnoreQueryFilters([ServicenavDb.CustomerScopeFilter])
            .Where(u => codes.Contains(u.ServiceCode))
            .Join(allCustomers, u => u.CustomerId, c => c.Id, (u, c) => new { u.ServiceCode, u.Status, c.Employees })
            .GroupBy(x => new { x.ServiceCode, x.Status })
            .Select(g => new { g.Key.ServiceCode, g.Key.Status, Count = g.Count(), Employees = g.Sum(x => x.Employees) })
            .ToListAsync(ct);

        var coverage = services.Select(s =>
        {
            int Count(UsageStatus status) => counts.Where(c => c.ServiceCode == s.Code && c.Status == status).Sum(c => c.Count);
            var users = Count(UsageStatus.Uses);
            var nonUsers = Count(UsageStatus.DoesNotUse);
            var userEmployees = counts.Where(c => c.ServiceCode == s.Code && c.Status == UsageStatus.Uses).Sum(c => c.Employees);
            return new ServiceCoverage(
                s.Code,
                users,
                nonUsers,
                customerCount - users - nonUsers,
                customerCount,
                customerCount == 0 ? 0 : (decimal)users / customerCount,
                totalEmployees == 0 ? 0 : (decimal)userEmployees / totalEmployees);
        }).ToList();
        return (coverage, customerCount, totalEmployees);
    }

    private static AreaCoverage Coverage(MatrixArea area, List<MatrixService> services, List<ServiceCoverage> coverage, int customers)
    {
        var inArea = coverage.Where(c => services.Any(s => s.Code == c.ServiceCode && s.AreaCode == area.Code)).ToList();
        var total = inArea.Count * customers;
        var used = inArea.Sum(c => c.Users);
        return new AreaCoverage(area.Code, area.Name, inArea.Count, used, inArea.Sum(c => c.Unknown), total, total == 0 ? 0 : (decimal)used / total);
    }
}
