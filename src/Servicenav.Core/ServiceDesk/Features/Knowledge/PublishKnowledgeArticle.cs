using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>Publishes the article's draft: readers, search and suggestions get it; the version before stays in the history.</summary>
public sealed record PublishKnowledgeArticle(Guid Id) : IRequest<Result<Unit>>;

internal sealed class PublishKnowledgeArticleHandler(ServicenavDb db, TimeProvider clock) : IHandler<PublishKnowledgeArticle, Result<Unit>>
{
    public Task<Result<Unit>> Handle(PublishKnowledgeArticle request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return KnowledgeCommands.ChangeAsync(db, request.Id, (article, author) => article.Publish(author, now), cancellationToken);
    }
}
