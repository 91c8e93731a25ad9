using Servicenav.SharedKernel;
using Servicenav.Usage.Domain;

namespace Servicenav.Usage.Features;

/// <summary>
/// The usage matrix as a spreadsheet in the layout of Bilaga 9: 1 = uses, 0 = does not use, empty = unknown,
/// then the rows "Totalt antal" and "Andel".
/// </summary>
public sealed record ExportUsage(ExportFormat Format, string? AreaCode = null) : IRequest<Result<ExportFile>>;

internal sealed class ExportUsageHandler(IHandler<GetUsageMatrix, Result<UsageMatrix>> matrixHandler) : IHandler<ExportUsage, Result<ExportFile>>
{
    public async Task<Result<ExportFile>> Handle(ExportUsage request, CancellationToken cancellationToken)
    {
        var result = await matrixHandler.Handle(new GetUsageMatrix(request.AreaCode), cancellationToken);
        return result.Map(matrix => Table(matrix).To(request.Format, "anvandning"));
    }

    private static TableExport Table(UsageMatrix m)
    {
        var headers = new List<string> { Messages.Field_Number, Messages.Field_Customer, Messages.Field_Employees };
        headers.AddRange(m.Services.Select(s => s.Name));
        var rows = m.Rows.Select(r =>
        {
            var cells = new List<object?> { r.Number, r.Name, r.Employees };
            cells.AddRange(r.Cells.Select(c => c.Status switch
            {
                UsageStatus.Uses => (object?)1,
                UsageStatus.DoesNotUse => 0,
                _ => null,
            }));
            return cells.ToArray();
        }).ToList();
        var totals = new List<object?> { null, Messages.Export_TotalUsers, m.TotalEmployees };
        totals.AddRange(m.ServiceCoverage.Select(c => (object?)c.Users));
        var shares = new List<object?> { null, Messages.Export_Share, null };
        shares.AddRange(m.ServiceCoverage.Select(c => (object?)SwedishCulture.Percent(c.Share)));
        rows.Add(totals.ToArray());
        rows.Add(shares.ToArray());
        return new TableExport(Messages.Export_UsageSheet, headers, rows);
    }
}
