using FluentValidation;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Problems;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>An action to follow the problem up: what, who is responsible and by when.</summary>
public sealed record AddProblemAction(Guid ProblemId, string Text, string Responsible, DateOnly? DueOn) : IRequest<Result<ProblemDetails>>;

public sealed class AddProblemActionValidator : AbstractValidator<AddProblemAction>
{
    public AddProblemActionValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage(ProblemMessages.TextEmpty)
            .MaximumLength(ProblemLimits.TitleLength).WithMessage(ProblemChange.Fmt(ProblemMessages.TextTooLong, ProblemLimits.TitleLength));
        RuleFor(r => r.Responsible).NotEmpty().WithMessage(ProblemMessages.ResponsibleRequired).MaximumLength(200);
    }
}

internal sealed class AddProblemActionHandler(ServicenavDb db, TimeProvider clock) : IHandler<AddProblemAction, Result<ProblemDetails>>
{
    public Task<Result<ProblemDetails>> Handle(AddProblemAction request, CancellationToken cancellationToken) =>
        ProblemChange.RunAsync(db, request.ProblemId,
            (p, actor) => p.AddAction(request.Text, request.Responsible, request.DueOn, actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
