using Servicenav.Access;
using Servicenav.Costing.Data;
using Servicenav.Costing.Domain;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>
/// Calculates a year's model over the year's pools and stores the result as a new snapshot (earlier snapshots are
/// kept). Refused, with every reason listed, while pools are unassigned, drivers are missing, services are unknown or
/// support activities keep cost in a closed loop. Atomic: the header and all rows are written in one transaction.
/// </summary>
public sealed record CalculateCostingModel(int Year) : IRequest<Result<CostingRunSummary>>;

internal sealed class CalculateCostingModelHandler(ServicenavDb db, ICostPools costPools, TimeProvider clock) : IHandler<CalculateCostingModel, Result<CostingRunSummary>>
{
    public async Task<Result<CostingRunSummary>> Handle(CalculateCostingModel request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingManage))
        {
            return Result<CostingRunSummary>.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null)
        {
            return Result<CostingRunSummary>.NotFound();
        }

        var pools = await costPools.ForYearAsync(model.Year, model.Basis, cancellationToken);
        var services = await CostingReads.CatalogueServices(db, cancellationToken);
        var outcome = CostingCalculation.Run(model, pools, services.ContainsKey);

        var now = clock.GetUtcNow().UtcDateTime;
        var run = new CostingRun(model.Id, model.Year, model.Basis, now, db.User.UserName, outcome);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CostingRuns.Add(run);
        model.MarkCalculated(now);
        await db.SaveChangesAsync(cancellationToken);
        await CostingRunWriter.WriteAsync(db, run.Id, outcome, model.Activities, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CostingReads.Summary(run);
    }
}
