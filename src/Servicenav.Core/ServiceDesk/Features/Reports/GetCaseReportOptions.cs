using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>A value the report filters offer, with its name.</summary>
public sealed record ReportOption(string Key, string Name);

/// <summary>What the report filters offer: services of the decided catalogue, customers (a Beställare only its own), active resolver groups.</summary>
public sealed record CaseReportOptions(IReadOnlyList<ReportOption> Services, IReadOnlyList<ReportOption> Customers, IReadOnlyList<ReportOption> Groups);

public sealed record GetCaseReportOptions : IRequest<Result<CaseReportOptions>>;

internal sealed class GetCaseReportOptionsHandler(ServicenavDb db) : IHandler<GetCaseReportOptions, Result<CaseReportOptions>>
{
    public async Task<Result<CaseReportOptions>> Handle(GetCaseReportOptions request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CaseReportsRead))
        {
            return Result<CaseReportOptions>.Forbidden();
        }

        var byName = StringComparer.Create(SwedishCulture.Culture, true);
        var services = (await CaseReads.ServiceNamesAsync(db, cancellationToken)).Select(s => new ReportOption(s.Key, s.Value)).OrderBy(o => o.Name, byName).ToList();
        var customers = (await db.Customers.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => new ReportOption(c.Id.ToString(), c.Name)).OrderBy(o => o.Name, byName).ToList();
        var groups = (await db.ResolverGroups.AsNoTracking().Where(g => g.IsActive).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken))
            .Select(g => new ReportOption(g.Id.ToString(), g.Name)).OrderBy(o => o.Name, byName).ToList();
        return new CaseReportOptions(services, customers, groups);
    }
}
