using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>
/// Recurring causes: root causes given to at least <see cref="MinimumCases"/> cases registered in the last
/// <see cref="WindowDays"/> days (counting the cases the reader can see), that no open problem (registered, under
/// investigation, known error) is about yet — so the service owner can make a problem of them, cases linked, in one step.
/// </summary>
public sealed record ListRecurringCauses(int MinimumCases = ProblemLimits.DefaultMinimumCases, int WindowDays = ProblemLimits.DefaultWindowDays)
    : IRequest<Result<IReadOnlyList<RecurringCause>>>;

public sealed class ListRecurringCausesValidator : AbstractValidator<ListRecurringCauses>
{
    public ListRecurringCausesValidator()
    {
        RuleFor(r => r.MinimumCases).InclusiveBetween(1, 1000).WithMessage(ProblemMessages.MinimumCasesRange);
        RuleFor(r => r.WindowDays).InclusiveBetween(1, 730).WithMessage(ProblemMessages.WindowDaysRange);
    }
}

internal sealed class ListRecurringCausesHandler(ServicenavDb db, TimeProvider clock) : IHandler<ListRecurringCauses, Result<IReadOnlyList<RecurringCause>>>
{
    public async Task<Result<IReadOnlyList<RecurringCause>>> Handle(ListRecurringCauses request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsRead) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<RecurringCause>>.Forbidden();
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-request.WindowDays);
        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var covered = db.Problems.Where(p => ProblemStatusFlow.OpenStatuses.Contains(p.Status) && p.RootCauseId != null).Select(p => p.RootCauseId);
        var cases = await viewer.Apply(db.Cases.AsNoTracking())
            .Where(c => c.RootCauseId != null && c.CreatedAtUtc >= since && !covered.Contains(c.RootCauseId))
            .Select(c => new { CauseId = c.RootCauseId!.Value, c.Number, c.ServiceCode, Linked = c.ProblemId != null, c.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        var causes = await db.RootCauses.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        IReadOnlyList<RecurringCause> recurring = cases.GroupBy(c => c.CauseId)
            .Where(g => g.Count() >= request.MinimumCases)
            .Select(g =>
            {
                var codes = g.Select(c => c.ServiceCode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
                return new RecurringCause(g.Key, causes[g.Key].Code, causes[g.Key].Name, g.Count(), g.Count(c => !c.Linked), codes,
                    codes.Select(c => names.GetValueOrDefault(c, c)).ToList(),
                    g.OrderByDescending(c => c.CreatedAtUtc).Select(c => c.Number).ToList(),
                    DateTime.SpecifyKind(g.Max(c => c.CreatedAtUtc), DateTimeKind.Utc));
            })
            .OrderByDescending(r => r.Cases).ThenBy(r => r.RootCauseName, StringComparer.Create(SwedishCulture.Culture, true))
            .ToList();
        return new Result<IReadOnlyList<RecurringCause>>(ResultStatus.Ok, recurring);
    }
}
