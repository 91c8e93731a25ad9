using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// The most common root causes of the cases solved in the period (count, share of all solved with a cause) against
/// the previous period of the same length, most common first. Counted in SQL (index SolvedAtUtc).
/// </summary>
public sealed record GetTopRootCauses(CaseReportFilter Filter, int Top = 10) : IRequest<Result<RootCauseReport>>;

public sealed class GetTopRootCausesValidator : AbstractValidator<GetTopRootCauses>
{
    public GetTopRootCausesValidator()
    {
        RuleFor(r => r.Filter).NotNull().SetValidator(new CaseReportFilterValidator());
        RuleFor(r => r.Top).InclusiveBetween(1, 100);
    }
}

internal sealed class GetTopRootCausesHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetTopRootCauses, Result<RootCauseReport>>
{
    public async Task<Result<RootCauseReport>> Handle(GetTopRootCauses request, CancellationToken cancellationToken)
    {
        if (await CaseReportScope.ForAsync(db, request.Filter, clock, cancellationToken) is not { } scope)
        {
            return Result<RootCauseReport>.Forbidden();
        }

        var (previousFrom, previousTo) = (scope.From.AddDays(-scope.Days), scope.From.AddDays(-1));
        var now = await CountsAsync(scope.Cases, scope.FromUtc, scope.ToUtc, cancellationToken);
        var before = await CountsAsync(scope.Cases, ReportTime.StartUtc(previousFrom), scope.FromUtc, cancellationToken);
        var ids = now.Keys.ToList();
        var names = await db.RootCauses.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var total = now.Values.Sum();
        var rows = now
            .Select(n => new RootCauseRow(n.Key, names.GetValueOrDefault(n.Key, "?"), n.Value, ReportTime.Percent(n.Value, total) ?? 0m,
                before.GetValueOrDefault(n.Key), ReportTime.Change(n.Value, before.GetValueOrDefault(n.Key))))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true))
            .Take(request.Top)
            .ToList();
        return new RootCauseReport(scope.From, scope.To, previousFrom, previousTo, total, before.Values.Sum(), rows);
    }

    private static async Task<Dictionary<Guid, int>> CountsAsync(IQueryable<Domain.Case> cases, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        await cases.Where(c => c.SolvedAtUtc >= from && c.SolvedAtUtc < to && c.RootCauseId != null)
            .GroupBy(c => c.RootCauseId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
