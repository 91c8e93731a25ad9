using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// Cases in and out per day: created, solved and closed per Swedish day (empty days included) and the cases open at
/// each day's end; and the backlog now by status and age. A case counts as open from its creation until it is
/// solved (its latest solving, when it was reopened). Counted in SQL per UTC hour (indexes on CreatedAtUtc,
/// SolvedAtUtc, ClosedAtUtc and Status + CreatedAtUtc), never by loading cases.
/// </summary>
public sealed record GetCaseFlow(CaseReportFilter Filter) : IRequest<Result<CaseFlowReport>>;

public sealed class GetCaseFlowValidator : AbstractValidator<GetCaseFlow>
{
    public GetCaseFlowValidator() => RuleFor(r => r.Filter).NotNull().SetValidator(new CaseReportFilterValidator());
}

internal sealed class GetCaseFlowHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetCaseFlow, Result<CaseFlowReport>>
{
    public async Task<Result<CaseFlowReport>> Handle(GetCaseFlow request, CancellationToken cancellationToken)
    {
        if (await CaseReportScope.ForAsync(db, request.Filter, clock, cancellationToken) is not { } scope)
        {
            return Result<CaseFlowReport>.Forbidden();
        }

        var (from, to) = (scope.FromUtc, scope.ToUtc);
        var cases = scope.Cases;
        var created = await PerDay(cases.Where(c => c.CreatedAtUtc >= from && c.CreatedAtUtc < to)
            .GroupBy(c => new { c.CreatedAtUtc.Date, c.CreatedAtUtc.Hour })
            .Select(g => new HourCount(g.Key.Date, g.Key.Hour, g.Count())), cancellationToken);
        var solved = await PerDay(cases.Where(c => c.SolvedAtUtc >= from && c.SolvedAtUtc < to)
            .GroupBy(c => new { c.SolvedAtUtc!.Value.Date, c.SolvedAtUtc.Value.Hour })
            .Select(g => new HourCount(g.Key.Date, g.Key.Hour, g.Count())), cancellationToken);
        var closed = await PerDay(cases.Where(c => c.ClosedAtUtc >= from && c.ClosedAtUtc < to)
            .GroupBy(c => new { c.ClosedAtUtc!.Value.Date, c.ClosedAtUtc.Value.Hour })
            .Select(g => new HourCount(g.Key.Date, g.Key.Hour, g.Count())), cancellationToken);
        var open = await cases.CountAsync(c => c.CreatedAtUtc < from && (c.SolvedAtUtc == null || c.SolvedAtUtc >= from), cancellationToken);

        var days = new List<CaseFlowDay>(scope.Days);
        for (var day = scope.From; day <= scope.To; day = day.AddDays(1))
        {
            var (i, s) = (created.GetValueOrDefault(day), solved.GetValueOrDefault(day));
            open += i - s;
            days.Add(new CaseFlowDay(day, i, s, closed.GetValueOrDefault(day), open));
        }

        var backlog = await BacklogAsync(cases, cancellationToken);
        var total = new BacklogRow(null, CaseReportMessages.Total, backlog.Sum(b => b.Days0To2), backlog.Sum(b => b.Days3To7),
            backlog.Sum(b => b.Days8To30), backlog.Sum(b => b.Over30Days));
        return new CaseFlowReport(scope.From, scope.To, days, backlog, total);
    }

    private static async Task<Dictionary<DateOnly, int>> PerDay(IQueryable<HourCount> hours, CancellationToken cancellationToken) =>
        (await hours.ToListAsync(cancellationToken))
            .GroupBy(h => ReportTime.LocalDate(h.Date, h.Hour))
            .ToDictionary(g => g.Key, g => g.Sum(h => h.Count));

    /// <summary>Open cases now by status, with the age buckets counted in the same GROUP BY.</summary>
    private async Task<List<BacklogRow>> BacklogAsync(IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (d3, d8, d31) = (now.AddDays(-3), now.AddDays(-8), now.AddDays(-31));
        var rows = await cases
            .Where(CaseStatusFlow.Open)
            .GroupBy(c => c.Status)
            .Select(g => new
            {
                Status = g.Key,
                Young = g.Count(c => c.CreatedAtUtc > d3),
                Week = g.Count(c => c.CreatedAtUtc <= d3 && c.CreatedAtUtc > d8),
                Month = g.Count(c => c.CreatedAtUtc <= d8 && c.CreatedAtUtc > d31),
                Old = g.Count(c => c.CreatedAtUtc <= d31),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Status)
            .Select(r => new BacklogRow(r.Status, CaseStatusText.Name(r.Status), r.Young, r.Week, r.Month, r.Old))
            .ToList();
    }
}
