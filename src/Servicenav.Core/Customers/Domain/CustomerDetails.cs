namespace Servicenav.Customers.Domain;

/// <summary>The editable facts about a customer.</summary>
public sealed record CustomerDetails(
    string Name,
    int? Number,
    CustomerKind Kind,
    string? OrganisationNumber,
    int Employees,
    DateOnly? EmployeesAsOf,
    AccountString? AccountString);
