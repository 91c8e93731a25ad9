using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// Up to five published articles that may answer what someone is writing: the portal form asks while the employee
/// types a case's subject, the case page asks for the agent with the case's subject. Any word counts (best match
/// first, the chosen service's articles before others); without words, the chosen service's articles.
/// </summary>
public sealed record SuggestKnowledgeArticles(string? Text, string? ServiceCode = null) : IRequest<Result<IReadOnlyList<KnowledgeArticleRow>>>;

internal sealed class SuggestKnowledgeArticlesHandler(ServicenavDb db) : IHandler<SuggestKnowledgeArticles, Result<IReadOnlyList<KnowledgeArticleRow>>>
{
    public async Task<Result<IReadOnlyList<KnowledgeArticleRow>>> Handle(SuggestKnowledgeArticles request, CancellationToken cancellationToken)
    {
        var reader = KnowledgeReader.For(db.User);
        if (!reader.CanRead)
        {
            return Result<IReadOnlyList<KnowledgeArticleRow>>.Forbidden();
        }

        var readable = reader.Readable(db.KnowledgeArticles.AsNoTracking());
        var service = string.IsNullOrWhiteSpace(request.ServiceCode) ? null : request.ServiceCode.Trim();
        var terms = SearchTerms.Parse(request.Text, SearchMode.AnyTerm);
        IQueryable<KnowledgeArticle> suggested;
        if (!terms.IsEmpty)
        {
            suggested = FullTextSearch.ArticlesByRelevance(db, readable, terms, service);
        }
        else if (service is not null)
        {
            suggested = readable.Where(a => a.Services.Any(s => s.ServiceCode == service)).OrderByDescending(a => a.PublishedAtUtc).ThenBy(a => a.Id);
        }
        else
        {
            return Array.Empty<KnowledgeArticleRow>();
        }

        var rows = await KnowledgeReads.RowsAsync(db, suggested.Take(KnowledgeLimits.Suggestions), cancellationToken);
        return new Result<IReadOnlyList<KnowledgeArticleRow>>(ResultStatus.Ok, rows);
    }
}
