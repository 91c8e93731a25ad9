using FluentValidation;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>A dated follow-up note on a problem, with when to follow it up next (empty: no date).</summary>
public sealed record FollowUpProblem(Guid ProblemId, string Note, DateOnly? NextFollowUpOn) : IRequest<Result<ProblemDetails>>;

public sealed class FollowUpProblemValidator : AbstractValidator<FollowUpProblem>
{
    public FollowUpProblemValidator()
    {
        RuleFor(r => r.Note).NotEmpty().WithMessage(ProblemMessages.TextEmpty)
            .MaximumLength(ProblemLimits.TextLength).WithMessage(ProblemChange.Fmt(ProblemMessages.TextTooLong, ProblemLimits.TextLength));
    }
}

internal sealed class FollowUpProblemHandler(ServicenavDb db, TimeProvider clock) : IHandler<FollowUpProblem, Result<ProblemDetails>>
{
    public Task<Result<ProblemDetails>> Handle(FollowUpProblem request, CancellationToken cancellationToken) =>
        ProblemChange.RunAsync(db, request.ProblemId,
            (p, actor) => p.FollowUp(request.Note, request.NextFollowUpOn, actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
