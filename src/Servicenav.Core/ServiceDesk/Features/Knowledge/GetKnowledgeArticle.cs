using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// An article for its page: the published version rendered to safe HTML (or an earlier one, by number), its
/// version history, the "did this solve it?" answers and what the reader may do. Drafts, retired articles and
/// agents-only articles are not found for those who may not read them.
/// </summary>
public sealed record GetKnowledgeArticle(Guid Id, int? Version = null) : IRequest<Result<KnowledgeArticleDetails>>;

internal sealed class GetKnowledgeArticleHandler(ServicenavDb db) : IHandler<GetKnowledgeArticle, Result<KnowledgeArticleDetails>>
{
    public async Task<Result<KnowledgeArticleDetails>> Handle(GetKnowledgeArticle request, CancellationToken cancellationToken)
    {
        var reader = KnowledgeReader.For(db.User);
        if (!reader.CanRead)
        {
            return Result<KnowledgeArticleDetails>.Forbidden();
        }

        var article = await reader.Visible(db.KnowledgeArticles.AsNoTracking()).Include(a => a.Versions)
            .FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken);
        var details = article is null ? null : await KnowledgeReads.DetailsAsync(db, article, reader, request.Version, cancellationToken);
        return details is null ? Result<KnowledgeArticleDetails>.NotFound() : details;
    }
}
