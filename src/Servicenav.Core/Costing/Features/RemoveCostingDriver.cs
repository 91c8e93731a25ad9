using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Removes a driver from a year's model.</summary>
public sealed record RemoveCostingDriver(int Year, Guid DriverId) : IRequest<Result<Unit>>;

internal sealed class RemoveCostingDriverHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveCostingDriver, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(RemoveCostingDriver request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null || model.Drivers.All(d => d.Id != request.DriverId))
        {
            return Result.NotFound();
        }

        model.RemoveDriver(request.DriverId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
