using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Customers.Features;

public sealed record RemoveOrganisationUnit(Guid CustomerId, Guid UnitId) : IRequest<Result<CustomerDetailsDto>>;

internal sealed class RemoveOrganisationUnitHandler(ServicenavDb db, TimeProvider clock) : IHandler<RemoveOrganisationUnit, Result<CustomerDetailsDto>>
{
    public Task<Result<CustomerDetailsDto>> Handle(RemoveOrganisationUnit request, CancellationToken cancellationToken) =>
        CustomerChange.Apply(db, clock, request.CustomerId, c => c.RemoveUnit(request.UnitId), cancellationToken);
}
