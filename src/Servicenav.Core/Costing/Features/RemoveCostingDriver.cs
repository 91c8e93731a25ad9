using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Removes a driver from a year's model.</summary>
public sealed record RemoveCostingDriver(int Year, Guid DriverId) : IRequest<Result<Unit>>;

internal sealed class RemoveCostingDriverHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveCostingDriver, Result<Unit>>
{
    public Task<Result<Unit>> Handle(RemoveCostingDriver request, CancellationToken cancellationToken) =>
        CostingEditing.Change(db, request.Year,
            model => model.Drivers.Any(d => d.Id == request.DriverId),
            model => model.RemoveDriver(request.DriverId, clock.GetUtcNow().UtcDateTime),
            cancellationToken);
}
