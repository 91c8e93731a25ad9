using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Problems;

/// <summary>Marks a follow-up action done.</summary>
public sealed record CompleteProblemAction(Guid ProblemId, Guid ActionId) : IRequest<Result<ProblemDetails>>;

internal sealed class CompleteProblemActionHandler(ServicenavDb db, TimeProvider clock) : IHandler<CompleteProblemAction, Result<ProblemDetails>>
{
    public async Task<Result<ProblemDetails>> Handle(CompleteProblemAction request, CancellationToken cancellationToken)
    {
        var missing = false;
        var result = await ProblemChange.RunAsync(db, request.ProblemId, (p, actor) =>
        {
            if (p.Actions.All(a => a.Id != request.ActionId))
            {
                missing = true;
                return;
            }

            p.CompleteAction(request.ActionId, actor, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
        return missing ? Result<ProblemDetails>.NotFound() : result;
    }
}
