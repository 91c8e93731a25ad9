using Servicenav.SharedKernel;

namespace Servicenav.Access.Domain;

/// <summary>
/// A person who signs in. Staff of the shared-services organisation have staff roles and no customer;
/// a Beställare or Medarbetare belongs to exactly one customer. A password is optional: users of a
/// region's identity provider (OpenID Connect) are matched by <see cref="ExternalSubject"/> or e-mail.
/// </summary>
public sealed class User : Entity
{
    private User()
    {
    }

    public User(string userName, string displayName, string? email, IReadOnlyCollection<Role> roles, Guid? customerId, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        UserName = Normalize(userName);
        DisplayName = displayName.Trim();
        Email = NormalizeEmail(email);
        CreatedAtUtc = nowUtc;
        IsActive = true;
        AssignRoles(roles, customerId);
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string? Email { get; private set; }

    public string? PasswordHash { get; private set; }

    /// <summary>Roles, stored as one comma-separated column (few roles per user, always read together).</summary>
    public string RoleList { get; private set; } = "";

    public Guid? CustomerId { get; private set; }

    public bool IsActive { get; private set; }

    public string? ExternalSubject { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<Role> Roles =>
        RoleList.Length == 0 ? [] : RoleList.Split(',').Select(Enum.Parse<Role>).ToList();

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>E-mail is stored lower-case so identity-provider sign-ins match it exactly.</summary>
    public static string? NormalizeEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public void AssignRoles(IReadOnlyCollection<Role> roles, Guid? customerId)
    {
        CheckRule(new UserMustHaveARoleRule(roles));
        CheckRule(new CustomerRolesRequireOneCustomerRule(roles, customerId));
        RoleList = string.Join(',', roles.Distinct().Order());
        CustomerId = customerId;
    }

    public void Rename(string displayName, string? email)
    {
        DisplayName = displayName.Trim();
        Email = NormalizeEmail(email);
    }

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void LinkExternalSubject(string subject) => ExternalSubject = subject;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    public UserContext ToContext() => new(Id, UserName, Roles, CustomerId);
}

public sealed class UserMustHaveARoleRule(IReadOnlyCollection<Role> roles) : IBusinessRule
{
    public bool IsBroken() => roles.Count == 0;

    public string Message => Messages.UserNeedsRole;
}

/// <summary>
/// Customer roles belong to one customer and staff roles to none: mixing them would let one login
/// see every customer's data while acting for one of them.
/// </summary>
public sealed class CustomerRolesRequireOneCustomerRule(IReadOnlyCollection<Role> roles, Guid? customerId) : IBusinessRule
{
    public bool IsBroken()
    {
        var customerRoles = roles.Count(r => r.IsCustomerRole());
        return customerRoles > 0
            ? customerId is null || customerRoles != roles.Count
            : customerId is not null;
    }

    public string Message => Messages.CustomerRoleNeedsCustomer;
}
