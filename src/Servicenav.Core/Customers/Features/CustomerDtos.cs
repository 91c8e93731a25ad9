using Servicenav.Customers.Domain;

namespace Servicenav.Customers.Features;

public sealed record CustomerSummaryDto(Guid Id, int? Number, string Name, CustomerKind Kind, int Employees, int OrdererCount, int ActiveLocalContracts);

public sealed record OrdererDto(Guid Id, string Name, string Email, string? Phone, string? Title);

/// <summary>A unit with its depth in the tree, listed in tree order (parent before children).</summary>
public sealed record OrganisationUnitDto(Guid Id, Guid? ParentId, string Name, string? Code, int Depth);

public sealed record LocalContractDto(Guid Id, string Supplier, string ServiceCode, string ServiceName, string? Description, DateOnly EndDate, bool BlocksJoining);

public sealed record CustomerDetailsDto(
    Guid Id,
    int? Number,
    string Name,
    CustomerKind Kind,
    string? OrganisationNumber,
    int Employees,
    DateOnly? EmployeesAsOf,
    AccountString? AccountString,
    IReadOnlyList<OrdererDto> Orderers,
    IReadOnlyList<OrganisationUnitDto> Units,
    IReadOnlyList<LocalContractDto> Contracts);
