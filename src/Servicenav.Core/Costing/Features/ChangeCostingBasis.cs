using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Switches a model between the year's budget and its outcome.</summary>
public sealed record ChangeCostingBasis(int Year, LedgerKind Basis) : IRequest<Result<Unit>>;

internal sealed class ChangeCostingBasisHandler(ServicenavDb db, TimeProvider clock) : IHandler<ChangeCostingBasis, Result<Unit>>
{
    public Task<Result<Unit>> Handle(ChangeCostingBasis request, CancellationToken cancellationToken) =>
        CostingEditing.Change(db, request.Year, model => model.ChangeBasis(request.Basis, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
