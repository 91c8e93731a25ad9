using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// Changes an article's draft. A published (or retired) article gets a new draft version; readers keep the
/// published one until the draft is published.
/// </summary>
public sealed record EditKnowledgeArticle : IRequest<Result<Unit>>, IKnowledgeArticleInput
{
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    public string Body { get; init; } = "";

    public KnowledgeAudience Audience { get; init; } = KnowledgeAudience.Everyone;

    public IReadOnlyList<string> ServiceCodes { get; init; } = [];
}

public sealed class EditKnowledgeArticleValidator : KnowledgeArticleInputValidator<EditKnowledgeArticle>;

internal sealed class EditKnowledgeArticleHandler(ServicenavDb db, TimeProvider clock) : IHandler<EditKnowledgeArticle, Result<Unit>>
{
    public async Task<Result<Unit>> Handle(EditKnowledgeArticle request, CancellationToken cancellationToken)
    {
        if (KnowledgeReader.For(db.User).CanManage)
        {
            await KnowledgeReads.CheckServicesAsync(db, request.ServiceCodes, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await KnowledgeCommands.ChangeAsync(db, request.Id,
            (article, author) => article.Edit(KnowledgeArticleInput.Content(request), author, now), cancellationToken);
    }
}
