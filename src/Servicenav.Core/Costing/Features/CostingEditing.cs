using Servicenav.Access;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>
/// The shared steps of a change to a year's model that returns nothing: permission, load, change, save.
/// <paramref name="isFound"/> says whether the model holds what the change is about (else: not found).
/// </summary>
internal static class CostingEditing
{
    public static async Task<Result<Unit>> Change(
        ServicenavDb db, int year, Func<CostingModel, bool> isFound, Action<CostingModel> change, CancellationToken ct)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, year, ct);
        if (model is null || !isFound(model))
        {
            return Result.NotFound();
        }

        change(model);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public static Task<Result<Unit>> Change(ServicenavDb db, int year, Action<CostingModel> change, CancellationToken ct) =>
        Change(db, year, _ => true, change, ct);
}
