using Servicenav.Access;
using Servicenav.Pricing.Domain;

namespace Servicenav.Pricing.Features;

/// <summary>
/// Who sees which price list: controllers and administrators (PriceListsManage) every version, drafts included;
/// other staff with PriceListsRead the decided versions; a customer's users only published ones (and, in them,
/// only their own customer's forecasts and fees — the customer scope filters those rows).
/// </summary>
internal static class PricingAccess
{
    public static bool CanRead(UserContext user) => user.Has(Permission.PriceListsRead) || user.Has(Permission.PriceListsManage);

    public static bool CanManage(UserContext user) => user.Has(Permission.PriceListsManage);

    public static bool CanSee(UserContext user, PriceList list) =>
        CanManage(user) || (CanRead(user) && list.Status == PriceListStatus.Decided && (!user.IsCustomerScoped || list.IsPublished));

    public static bool CanSee(UserContext user, PriceListStatus status, bool published) =>
        CanManage(user) || (CanRead(user) && status == PriceListStatus.Decided && (!user.IsCustomerScoped || published));
}
