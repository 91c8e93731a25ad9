using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Removes an activity and its own driver; refused while another driver still sends cost to it.</summary>
public sealed record RemoveCostingActivity(int Year, string Code) : IRequest<Result<Unit>>;

internal sealed class RemoveCostingActivityHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveCostingActivity, Result<Unit>>
{
    public Task<Result<Unit>> Handle(RemoveCostingActivity request, CancellationToken cancellationToken) =>
        CostingEditing.Change(db, request.Year,
            model => model.FindActivity(request.Code) is not null,
            model => model.RemoveActivity(request.Code, clock.GetUtcNow().UtcDateTime),
            cancellationToken);
}
