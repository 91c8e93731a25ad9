using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

public sealed record RemoveOrderer(Guid CustomerId, Guid OrdererId) : IRequest<Result<CustomerDetailsDto>>;

internal sealed class RemoveOrdererHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveOrderer, Result<CustomerDetailsDto>>
{
    public Task<Result<CustomerDetailsDto>> Handle(RemoveOrderer request, CancellationToken cancellationToken) =>
        CustomerChange.Apply(db, clock, request.CustomerId, c => c.RemoveOrderer(request.OrdererId), cancellationToken);
}
