namespace Servicenav.Access;

/// <summary>
/// The roles of Servicenav. Swedish names are kept because they are the titles the organisation uses
/// (see docs/glossary.md). Beställare and Medarbetare belong to one customer; the others are staff of
/// the shared-services organisation.
/// </summary>
public enum Role
{
    Administrator,
    Tjansteagare,
    Controller,
    Handlaggare,
    Bestallare,
    Medarbetare,
}

public static class Roles
{
    public static readonly IReadOnlyList<Role> All = Enum.GetValues<Role>();

    /// <summary>Roles that belong to one customer and see only that customer's data.</summary>
    public static bool IsCustomerRole(this Role role) => role is Role.Bestallare or Role.Medarbetare;
}
