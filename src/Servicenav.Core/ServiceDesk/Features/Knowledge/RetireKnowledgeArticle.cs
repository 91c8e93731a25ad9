using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>Takes a published article out of reading, search and suggestions (outdated, replaced). It can be edited and published again.</summary>
public sealed record RetireKnowledgeArticle(Guid Id) : IRequest<Result<Unit>>;

internal sealed class RetireKnowledgeArticleHandler(ServicenavDb db, TimeProvider clock) : IHandler<RetireKnowledgeArticle, Result<Unit>>
{
    public Task<Result<Unit>> Handle(RetireKnowledgeArticle request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return KnowledgeCommands.ChangeAsync(db, request.Id, (article, _) => article.Retire(now), cancellationToken);
    }
}
