using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>The ledger lines behind a pool of the year's model (largest first), for the build-up's drill-down.</summary>
public sealed record GetCostPoolLines(int Year, string PoolKey, int Limit = 200) : IRequest<Result<IReadOnlyList<LedgerLineDto>>>;

internal sealed class GetCostPoolLinesHandler(ServicenavDb db, ICostPools costPools) : IHandler<GetCostPoolLines, Result<IReadOnlyList<LedgerLineDto>>>
{
    public async Task<Result<IReadOnlyList<LedgerLineDto>>> Handle(GetCostPoolLines request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<IReadOnlyList<LedgerLineDto>>.Forbidden();
        }

        var run = await CostingReads.LatestRun(db, request.Year, cancellationToken);
        if (run is null)
        {
            return Result<IReadOnlyList<LedgerLineDto>>.NotFound();
        }

        var lines = await costPools.LinesOfPoolAsync(run.Year, run.Basis, request.PoolKey, Math.Clamp(request.Limit, 1, 5000), cancellationToken);
        return lines.Select(Dto).ToList();
    }

    internal static LedgerLineDto Dto(LedgerLine l) => new(l.Date, l.Account, l.AccountName, l.Ansvar, l.Voucher, l.Text, l.Amount.Kronor);
}
