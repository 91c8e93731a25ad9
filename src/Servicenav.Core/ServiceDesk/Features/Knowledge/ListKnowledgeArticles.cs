using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// The knowledge base's articles, optionally of one catalogue service, by title. Readers get the published
/// articles of their audience; editors every article, or those in one state (drafts to finish, retired ones).
/// </summary>
public sealed record ListKnowledgeArticles(string? ServiceCode = null, KnowledgeArticleStatus? Status = null)
    : IRequest<Result<IReadOnlyList<KnowledgeArticleRow>>>;

internal sealed class ListKnowledgeArticlesHandler(ServicenavDb db) : IHandler<ListKnowledgeArticles, Result<IReadOnlyList<KnowledgeArticleRow>>>
{
    public async Task<Result<IReadOnlyList<KnowledgeArticleRow>>> Handle(ListKnowledgeArticles request, CancellationToken cancellationToken)
    {
        var reader = KnowledgeReader.For(db.User);
        if (!reader.CanRead)
        {
            return Result<IReadOnlyList<KnowledgeArticleRow>>.Forbidden();
        }

        var articles = reader.Visible(db.KnowledgeArticles.AsNoTracking());
        if (request.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            var code = request.ServiceCode.Trim();
            articles = articles.Where(a => a.Services.Any(s => s.ServiceCode == code));
        }

        var rows = await KnowledgeReads.RowsAsync(db, articles.OrderBy(a => a.Title).ThenBy(a => a.Id).Take(KnowledgeReads.MaxRows), cancellationToken);
        return rows.OrderBy(r => r.Title, StringComparer.Create(SwedishCulture.Culture, true)).ToList();
    }
}
