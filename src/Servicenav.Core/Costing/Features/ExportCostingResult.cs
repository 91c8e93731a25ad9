using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.Ledger;
using Servicenav.SharedKernel;

namespace Servicenav.Costing.Features;

/// <summary>
/// The latest calculation as Excel. Without a service: every service's self-cost by cost type and its build-up per
/// activity. With a service: its build-up per activity and pool, and the ledger lines behind each pool.
/// </summary>
public sealed record ExportCostingResult(int Year, string? ServiceCode = null, int LinesPerPool = 100) : IRequest<Result<ExportFile>>;

internal sealed class ExportCostingResultHandler(ServicenavDb db, ICostPools costPools) : IHandler<ExportCostingResult, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportCostingResult request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CostingRead))
        {
            return Result<ExportFile>.Forbidden();
        }

        var run = await CostingReads.LatestRun(db, request.Year, cancellationToken);
        if (run is null)
        {
            return Result<ExportFile>.NotFound();
        }

        using var workbook = new XLWorkbook();
        string fileName;
        if (string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            await AllServices(workbook, run, cancellationToken);
            fileName = $"sjalvkostnad-{run.Year}.xlsx";
        }
        else
        {
            var buildUp = await GetServiceCostBuildUpHandler.Build(db, run, request.ServiceCode.Trim(), cancellationToken);
            if (buildUp is null)
            {
                return Result<ExportFile>.NotFound();
            }

            await OneService(workbook, buildUp, request.LinesPerPool, cancellationToken);
            fileName = $"sjalvkostnad-{run.Year}-{buildUp.ServiceCode}.xlsx";
        }

        return TableExport.XlsxFile(workbook, fileName);
    }

    private async Task AllServices(XLWorkbook workbook, Domain.CostingRun run, CancellationToken ct)
    {
        var names = await CostingReads.CatalogueServices(db, ct);
        var rows = await db.CostingRunServiceActivities.AsNoTracking().Where(r => r.CostingRunId == run.Id).ToListAsync(ct);
        var activities = await db.CostingRunActivities.AsNoTracking().Where(a => a.CostingRunId == run.Id).ToDictionaryAsync(a => a.ActivityCode, ct);
        var summary = rows.GroupBy(r => r.ServiceCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new object?[]
        {
            g.Key, names.GetValueOrDefault(g.Key)?.Name, Kr(g.Sum(r => r.PersonnelOre)), Kr(g.Sum(r => r.OtherOre)), Kr(g.Sum(r => r.CapitalOre)), Kr(g.Sum(r => r.TotalOre)), g.Sum(r => r.RemainderOre),
        }).ToList();
        summary.Add([CostingMessages.Export_Total, null, Kr(rows.Sum(r => r.PersonnelOre)), Kr(rows.Sum(r => r.OtherOre)), Kr(rows.Sum(r => r.CapitalOre)), Kr(rows.Sum(r => r.TotalOre)), rows.Sum(r => r.RemainderOre)]);
        Sheet(workbook, CostingMessages.Export_SummarySheet,
            [CostingMessages.Export_Service, CostingMessages.Export_Service, CostingMessages.Export_Personnel, CostingMessages.Export_Other, CostingMessages.Export_Capital, CostingMessages.Export_Total, CostingMessages.Export_Remainder],
            summary);
        Sheet(workbook, CostingMessages.Export_BuildUpSheet,
            [CostingMessages.Export_Service, CostingMessages.Export_ActivityCode, CostingMessages.Export_Activity, CostingMessages.Export_Quantity, CostingMessages.Export_Personnel, CostingMessages.Export_Other, CostingMessages.Export_Capital, CostingMessages.Export_Total, CostingMessages.Export_Remainder],
            rows.OrderBy(r => r.ServiceCode, StringComparer.Ordinal).ThenBy(r => activities.GetValueOrDefault(r.ActivityCode)?.SortOrder).Select(r => new object?[]
            {
                r.ServiceCode, r.ActivityCode, activities.GetValueOrDefault(r.ActivityCode)?.Name, r.QuantityMicro / 1_000_000m, Kr(r.PersonnelOre), Kr(r.OtherOre), Kr(r.CapitalOre), Kr(r.TotalOre), r.RemainderOre,
            }).ToList(), quantityColumn: 3);
    }

    private async Task OneService(XLWorkbook workbook, ServiceBuildUpDto buildUp, int linesPerPool, CancellationToken ct)
    {
        Sheet(workbook, CostingMessages.Export_SummarySheet,
            [CostingMessages.Export_ActivityCode, CostingMessages.Export_Activity, CostingMessages.Export_Quantity, CostingMessages.Export_Personnel, CostingMessages.Export_Other, CostingMessages.Export_Capital, CostingMessages.Export_Total],
            [.. buildUp.Activities.Select(a => new object?[] { a.ActivityCode, a.ActivityName, a.Quantity, a.Personnel, a.Other, a.Capital, a.Total }),
             [CostingMessages.Export_Total, buildUp.ServiceName, null, buildUp.Personnel, buildUp.Other, buildUp.Capital, buildUp.Total]], quantityColumn: 2);
        Sheet(workbook, CostingMessages.Export_BuildUpSheet,
            [CostingMessages.Export_ActivityCode, CostingMessages.Export_Activity, CostingMessages.Export_Pool, CostingMessages.Export_AccountGroup, CostingMessages.Export_PoolName, CostingMessages.Export_Ansvar, CostingMessages.Export_CostType, CostingMessages.Export_Amount, CostingMessages.Export_ViaSupport],
            buildUp.Activities.SelectMany(a => a.Pools.Select(p => new object?[]
            {
                a.ActivityCode, a.ActivityName, p.PoolKey, p.AccountGroup, p.AccountGroupName, p.Ansvar, CostingEnumText.Of(p.CostType), p.Amount, p.ViaSupport,
            })).ToList());

        var lines = new List<object?[]>();
        foreach (var poolKey in buildUp.Activities.SelectMany(a => a.Pools).Select(p => p.PoolKey).Distinct())
        {
            foreach (var line in await costPools.LinesOfPoolAsync(buildUp.Run.Year, buildUp.Run.Basis, poolKey, linesPerPool, ct))
            {
                lines.Add([poolKey, line.Date, line.Account, line.AccountName, line.Ansvar, line.Voucher, line.Text, line.Amount.Kronor]);
            }
        }

        Sheet(workbook, CostingMessages.Export_LinesSheet,
            [CostingMessages.Export_Pool, CostingMessages.Export_Date, CostingMessages.Export_Account, CostingMessages.Export_AccountName, CostingMessages.Export_Ansvar, CostingMessages.Export_Voucher, CostingMessages.Export_Text, CostingMessages.Export_Amount],
            lines);
    }

    /// <summary>Every decimal in these sheets is kronor except the activity quantity, which keeps Excel's general format.</summary>
    private static void Sheet(XLWorkbook workbook, string name, string[] headers, List<object?[]> rows, int? quantityColumn = null) =>
        new TableExport(name, headers, rows).AddSheetTo(workbook, TableExport.MoneyFormat, quantityColumn is { } c ? [c] : null);

    private static decimal Kr(long ore) => Money.FromOre(ore).Kronor;
}
