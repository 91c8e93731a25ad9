using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>The costing models, newest year first, with their latest calculation's total.</summary>
public sealed record ListCostingModels : IRequest<Result<IReadOnlyList<CostingModelSummary>>>;

internal sealed class ListCostingModelsHandler(ServicenavDb db) : IHandler<ListCostingModels, Result<IReadOnlyList<CostingModelSummary>>>
{
    public async Task<Result<IReadOnlyList<CostingModelSummary>>> Handle(ListCostingModels request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<IReadOnlyList<CostingModelSummary>>.Forbidden();
        }

        var models = await db.CostingModels.AsNoTracking().Include(m => m.Activities).Include(m => m.Drivers).AsSplitQuery()
            .OrderByDescending(m => m.Year).ToListAsync(cancellationToken);
        var result = new List<CostingModelSummary>();
        foreach (var model in models)
        {
            result.Add(CostingReads.Summary(model, await CostingReads.LatestRun(db, model.Year, cancellationToken)));
        }

        return result;
    }
}
