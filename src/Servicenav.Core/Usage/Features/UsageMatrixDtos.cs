using Servicenav.Usage.Domain;

namespace Servicenav.Usage.Features;

public sealed record MatrixService(string Code, string Name, string AreaCode);

public sealed record MatrixArea(string Code, string Name);

public sealed record MatrixCell(string ServiceCode, UsageStatus Status, decimal? DegreePercent, string? Note, bool BlockedByLocalContract);

public sealed record MatrixRow(Guid CustomerId, int? Number, string Name, int Employees, IReadOnlyList<MatrixCell> Cells);

/// <summary>How many customers use a service, as in Bilaga 9: users out of all customers, and the share of the region's employees they have.</summary>
public sealed record ServiceCoverage(string ServiceCode, int Users, int NonUsers, int Unknown, int Customers, decimal Share, decimal EmployeeShare);

/// <summary>Coverage of an area: cells marked "uses" out of all customer × service cells in the area.</summary>
public sealed record AreaCoverage(string AreaCode, string AreaName, int ServiceCount, int UsedCells, int UnknownCells, int TotalCells, decimal Share);

/// <summary>
/// The customer × service matrix of the current catalogue. Rows are the customers the caller may see;
/// coverage figures are region-wide aggregates (counts, not any other customer's rows).
/// </summary>
public sealed record UsageMatrix(
    int? CatalogVersion,
    IReadOnlyList<MatrixArea> Areas,
    IReadOnlyList<MatrixService> Services,
    IReadOnlyList<MatrixRow> Rows,
    IReadOnlyList<ServiceCoverage> ServiceCoverage,
    IReadOnlyList<AreaCoverage> AreaCoverage,
    int CustomerCount,
    int TotalEmployees,
    bool ShowsAllCustomers);
