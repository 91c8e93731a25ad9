using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>Switches a model between the year's budget and its outcome.</summary>
public sealed record ChangeCostingBasis(int Year, LedgerKind Basis) : IRequest<Result<Unit>>;

internal sealed class ChangeCostingBasisHandler(ServicenavDb db, TimeProvider clock) : IHandler<ChangeCostingBasis, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(ChangeCostingBasis request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null)
        {
            return Result.NotFound();
        }

        model.ChangeBasis(request.Basis, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
