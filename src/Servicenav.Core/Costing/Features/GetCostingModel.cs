using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>A year's model for the editing page: activities, drivers, the year's pools with who takes each, and the services.</summary>
public sealed record GetCostingModel(int Year) : IRequest<Result<CostingModelDetails>>;

internal sealed class GetCostingModelHandler(ServicenavDb db, ICostPools costPools) : IHandler<GetCostingModel, Result<CostingModelDetails>>
{
    public async Task<Result<CostingModelDetails>> Handle(GetCostingModel request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<CostingModelDetails>.Forbidden();
        }

        var model = await CostingReads.ModelOf(db, request.Year, cancellationToken);
        if (model is null)
        {
            return Result<CostingModelDetails>.NotFound();
        }

        var run = await CostingReads.LatestRun(db, request.Year, cancellationToken);
        var pools = await costPools.ForYearAsync(model.Year, model.Basis, cancellationToken);
        var assignment = CostingReads.PoolAssignment(model);
        var poolDtos = pools.Select(p =>
        {
            var driver = assignment(p);
            return new CostPoolDto(p.Key, p.AccountGroup, p.AccountGroupName, p.Ansvar, p.CostType, p.Amount.Kronor, p.LineCount,
                driver is null ? null : Domain.CostingModel.DriverLabel(driver.Kind, driver.Source, driver.SourceKey));
        }).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var services = await CostingReads.CatalogueServices(db, cancellationToken);
        return new CostingModelDetails(
            CostingReads.Summary(model, run),
            model.Activities.OrderBy(a => a.SortOrder).Select(a => new CostingActivityDto(a.Code, a.Name, a.Kind, a.SortOrder)).ToList(),
            model.Drivers.OrderBy(d => d.Kind).ThenBy(d => d.Source).ThenBy(d => d.SourceKey, StringComparer.Ordinal).Select(CostingReads.Dto).ToList(),
            poolDtos,
            poolDtos.Sum(p => p.Amount),
            poolDtos.Where(p => p.AssignedBy is null).Sum(p => p.Amount),
            services.Values.OrderBy(s => s.AreaName, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ToList());
    }
}
