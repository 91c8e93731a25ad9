using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

public enum ProblemStateFilter
{
    Open,
    Done,
    All,
}

/// <summary>Problem records for staff: open ones first by next follow-up, filtered by state, owner group, root cause or text.</summary>
public sealed record ListProblems(ProblemStateFilter State = ProblemStateFilter.Open, Guid? OwnerGroupId = null, Guid? RootCauseId = null, string? Search = null)
    : IRequest<Result<IReadOnlyList<ProblemRow>>>;

internal sealed class ListProblemsHandler(ServicenavDb db) : IHandler<ListProblems, Result<IReadOnlyList<ProblemRow>>>
{
    public async Task<Result<IReadOnlyList<ProblemRow>>> Handle(ListProblems request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ProblemsRead) || db.User.IsCustomerScoped)
        {
            return Result<IReadOnlyList<ProblemRow>>.Forbidden();
        }

        var problems = db.Problems.AsNoTracking();
        problems = request.State switch
        {
            ProblemStateFilter.Open => problems.Where(p => ProblemStatusFlow.OpenStatuses.Contains(p.Status)),
            ProblemStateFilter.Done => problems.Where(p => !ProblemStatusFlow.OpenStatuses.Contains(p.Status)),
            _ => problems,
        };
        if (request.OwnerGroupId is { } group)
        {
            problems = problems.Where(p => p.OwnerGroupId == group);
        }

        if (request.RootCauseId is { } cause)
        {
            problems = problems.Where(p => p.RootCauseId == cause);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim();
            var key = ProblemNumber.TryParse(text, out var number) ? number.ToString() : null;
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            problems = db.Database.IsNpgsql()
                ? problems.Where(p => p.Number == key || EF.Functions.ILike(p.Title, pattern, "\\"))
                : problems.Where(p => p.Number == key || EF.Functions.Like(p.Title, pattern, "\\"));
        }

        var rows = await ProblemReads.RowsAsync(db, problems, cancellationToken);
        return new Result<IReadOnlyList<ProblemRow>>(ResultStatus.Ok, rows
            .OrderBy(r => ProblemStatusFlow.IsOpen(r.Status) ? 0 : 1)
            .ThenBy(r => r.NextFollowUpOn ?? DateOnly.MaxValue)
            .ThenByDescending(r => r.CreatedAtUtc).ToList());
    }
}
