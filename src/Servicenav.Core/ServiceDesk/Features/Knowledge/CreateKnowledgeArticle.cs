using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>Writes a new article as a draft (version 1); nobody but its editors sees it until it is published.</summary>
public sealed record CreateKnowledgeArticle : IRequest<Result<Guid>>, IKnowledgeArticleInput
{
    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    public string Body { get; init; } = "";

    public KnowledgeAudience Audience { get; init; } = KnowledgeAudience.Everyone;

    public IReadOnlyList<string> ServiceCodes { get; init; } = [];
}

public sealed class CreateKnowledgeArticleValidator : KnowledgeArticleInputValidator<CreateKnowledgeArticle>;

internal sealed class CreateKnowledgeArticleHandler(ServicenavDb db, TimeProvider clock) : IHandler<CreateKnowledgeArticle, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateKnowledgeArticle request, CancellationToken cancellationToken)
    {
        if (!KnowledgeReader.For(db.User).CanManage)
        {
            return Result<Guid>.Forbidden();
        }

        await KnowledgeReads.CheckServicesAsync(db, request.ServiceCodes, cancellationToken);
        var author = await KnowledgeReads.AuthorAsync(db, cancellationToken);
        var article = KnowledgeArticle.Write(KnowledgeArticleInput.Content(request), author, clock.GetUtcNow().UtcDateTime);
        db.KnowledgeArticles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return article.Id;
    }
}
