namespace Servicenav.Access.Features;

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    IReadOnlyList<Role> Roles,
    Guid? CustomerId,
    string? CustomerName,
    bool IsActive,
    bool HasPassword,
    DateTime CreatedAtUtc);
