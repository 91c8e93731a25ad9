namespace Servicenav.Access;

/// <summary>
/// Who is asking. Every use case runs as one of these; the database context turns it into the customer
/// scope applied to every query. A user with a customer role is bound to exactly one customer.
/// </summary>
public sealed record UserContext
{
    private readonly HashSet<Permission> _permissions;

    public UserContext(Guid? userId, string userName, IEnumerable<Role> roles, Guid? customerId, bool isSystem = false)
    {
        UserId = userId;
        UserName = userName;
        Roles = roles.ToHashSet();
        CustomerId = customerId;
        IsSystem = isSystem;
        _permissions = isSystem ? [.. Enum.GetValues<Permission>()] : Roles.SelectMany(RolePermissions.For).ToHashSet();
    }

    public Guid? UserId { get; }

    public string UserName { get; }

    public IReadOnlySet<Role> Roles { get; }

    public Guid? CustomerId { get; }

    public bool IsSystem { get; }

    /// <summary>Batch jobs (CLI import, migrations) run as the system: every permission, no customer scope.</summary>
    public static UserContext System(string name = "system") => new(null, name, [], null, isSystem: true);

    /// <summary>Nobody signed in: no permission and a scope that matches no customer.</summary>
    public static UserContext Anonymous { get; } = new(null, "anonym", [], null);

    /// <summary>True when the user sees only one customer's customer-specific data.</summary>
    public bool IsCustomerScoped => !IsSystem && (CustomerId is not null || Roles.Any(r => r.IsCustomerRole()));

    /// <summary>True when the user may see every customer's data.</summary>
    public bool SeesAllCustomers => IsSystem || (!IsCustomerScoped && Roles.Count > 0);

    public bool Has(Permission permission) => _permissions.Contains(permission);

    public bool IsInRole(Role role) => Roles.Contains(role);
}
