using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

public sealed record RemoveLocalContract(Guid CustomerId, Guid ContractId) : IRequest<Result<CustomerDetailsDto>>;

internal sealed class RemoveLocalContractHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveLocalContract, Result<CustomerDetailsDto>>
{
    public Task<Result<CustomerDetailsDto>> Handle(RemoveLocalContract request, CancellationToken cancellationToken) =>
        CustomerChange.Apply(db, clock, request.CustomerId, c => c.RemoveContract(request.ContractId), cancellationToken);
}
