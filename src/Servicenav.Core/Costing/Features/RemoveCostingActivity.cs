using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Removes an activity and its own driver; refused while another driver still sends cost to it.</summary>
public sealed record RemoveCostingActivity(int Year, string Code) : IRequest<Result<Unit>>;

internal sealed class RemoveCostingActivityHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveCostingActivity, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveCostingActivity request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null || model.FindActivity(request.Code) is null)
        {
            return Result.NotFound();
        }

        model.RemoveActivity(request.Code, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
