namespace Servicenav.Access;

/// <summary>What a user may do. Roles map to permissions in <see cref="RolePermissions"/>, and only there.</summary>
public enum Permission
{
    CatalogRead,
    CatalogEditOwnServices,
    CatalogEditAll,
    CatalogDecide,
    CustomersRead,
    CustomersEdit,
    UsageRead,
    UsageEdit,
    AuditRead,
    UsersManage,
    ImportData,
}

public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Map = new()
    {
        [Role.Administrator] =
        [
            Permission.CatalogRead, Permission.CatalogEditOwnServices, Permission.CatalogEditAll, Permission.CatalogDecide,
            Permission.CustomersRead, Permission.CustomersEdit, Permission.UsageRead, Permission.UsageEdit,
            Permission.AuditRead, Permission.UsersManage, Permission.ImportData,
        ],
        [Role.Tjansteagare] =
        [
            Permission.CatalogRead, Permission.CatalogEditOwnServices, Permission.CustomersRead, Permission.UsageRead,
        ],
        [Role.Controller] =
        [
            Permission.CatalogRead, Permission.CustomersRead, Permission.CustomersEdit, Permission.UsageRead, Permission.UsageEdit,
        ],
        [Role.Handlaggare] = [Permission.CatalogRead, Permission.CustomersRead, Permission.UsageRead],
        [Role.Bestallare] = [Permission.CatalogRead, Permission.CustomersRead, Permission.UsageRead],
        [Role.Medarbetare] = [Permission.CatalogRead, Permission.CustomersRead, Permission.UsageRead],
    };

    public static IReadOnlyList<Permission> For(Role role) => Map[role];
}
