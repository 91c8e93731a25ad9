using FluentValidation;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>
/// Moves a problem along registered → under investigation → known error (with its workaround) → solved → closed.
/// A step the flow does not allow is refused with the steps that are; a workaround alone may be updated in place.
/// </summary>
public sealed record ChangeProblemStatus(Guid ProblemId, ProblemStatus Status, string? Workaround = null) : IRequest<Result<ProblemDetails>>;

public sealed class ChangeProblemStatusValidator : AbstractValidator<ChangeProblemStatus>
{
    public ChangeProblemStatusValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Workaround).MaximumLength(ProblemLimits.TextLength).WithMessage(ProblemChange.Fmt(ProblemMessages.TextTooLong, ProblemLimits.TextLength));
    }
}

internal sealed class ChangeProblemStatusHandler(ServicenavDb db, TimeProvider clock) : IHandler<ChangeProblemStatus, Result<ProblemDetails>>
{
    public Task<Result<ProblemDetails>> Handle(ChangeProblemStatus request, CancellationToken cancellationToken) =>
        ProblemChange.RunAsync(db, request.ProblemId,
            (p, actor) => p.ChangeStatus(request.Status, request.Workaround, actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
