using Servicenav.Data;
using Servicenav.Pricing.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.Pricing.Features;

/// <summary>The shared steps of every change to a draft price list: permission, load, change, save.</summary>
internal static class PriceListEditing
{
    public static async Task<Result<Unit>> Change(ServicenavDb db, Guid id, Func<PriceList, Task> change, CancellationToken ct)
    {
        if (!PricingAccess.CanManage(db.User))
        {
            return Result.Forbidden();
        }

        var list = await PricingReads.ById(db, id, ct);
        if (list is null)
        {
            return Result.NotFound();
        }

        await change(list);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public static Task<Result<Unit>> Change(ServicenavDb db, Guid id, Action<PriceList> change, CancellationToken ct) =>
        Change(db, id, list =>
        {
            change(list);
            return Task.CompletedTask;
        }, ct);
}
