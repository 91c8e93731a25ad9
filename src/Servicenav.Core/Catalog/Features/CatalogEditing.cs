using Servicenav.Access;
using Servicenav.Catalog.Domain;

namespace Servicenav.Catalog.Features;

/// <summary>Who may change which service: administrators any, service owners only their own (and may not give them away).</summary>
internal static class CatalogEditing
{
    public static bool MayEdit(UserContext user, CatalogService? existing, Guid? newOwner)
    {
        if (user.Has(Permission.CatalogEditAll))
        {
            return true;
        }

        return user.Has(Permission.CatalogEditOwnServices)
            && user.UserId is not null
            && (existing is null || existing.OwnerUserId == user.UserId)
            && newOwner == user.UserId;
    }

    public static bool MayEditAnything(UserContext user) =>
        user.Has(Permission.CatalogEditAll) || user.Has(Permission.CatalogEditOwnServices);
}
