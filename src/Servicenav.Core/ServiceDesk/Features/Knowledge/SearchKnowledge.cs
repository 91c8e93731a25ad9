using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>
/// Swedish full-text search (every word, each as a prefix): the published articles the reader may read, and for
/// agents also the cases they may see (subject, description, requester), each best match first. A case number
/// finds that case. With a service code, only that service's articles.
/// </summary>
public sealed record SearchKnowledge(string Query, string? ServiceCode = null) : IRequest<Result<KnowledgeSearchResult>>;

internal sealed class SearchKnowledgeHandler(ServicenavDb db, TimeProvider clock, CaseSearchWindows windows) : IHandler<SearchKnowledge, Result<KnowledgeSearchResult>>
{
    public const int MaxHits = 20;

    public async Task<Result<KnowledgeSearchResult>> Handle(SearchKnowledge request, CancellationToken cancellationToken)
    {
        var reader = KnowledgeReader.For(db.User);
        if (!reader.CanRead)
        {
            return Result<KnowledgeSearchResult>.Forbidden();
        }

        var terms = SearchTerms.Parse(request.Query, SearchMode.AllTerms);
        var readable = reader.Readable(db.KnowledgeArticles.AsNoTracking());
        var service = string.IsNullOrWhiteSpace(request.ServiceCode) ? null : request.ServiceCode.Trim();
        if (service is not null)
        {
            readable = readable.Where(a => a.Services.Any(s => s.ServiceCode == service));
        }

        var articles = await KnowledgeReads.RowsAsync(db, FullTextSearch.ArticlesByRelevance(db, readable, terms, service).Take(MaxHits), cancellationToken);

        IReadOnlyList<CaseRow>? cases = null;
        if (db.User.Has(Permission.CasesRaise))
        {
            var viewer = await CaseViewer.ForAsync(db, cancellationToken);
            if (viewer.IsStaff)
            {
                cases = await CasesAsync(viewer, request.Query, terms, cancellationToken);
            }
        }

        return new KnowledgeSearchResult(articles, cases);
    }

    private async Task<IReadOnlyList<CaseRow>> CasesAsync(CaseViewer viewer, string query, SearchTerms terms, CancellationToken cancellationToken)
    {
        var ids = Domain.CaseNumber.TryParse(query.Trim(), out var number)
            ? await viewer.Apply(db.Cases.AsNoTracking()).Where(c => c.Number == number.ToString()).Select(c => c.Id).ToListAsync(cancellationToken)
            : await FullTextSearch.RankedCaseIdsAsync(db, viewer.Searchable(db.Cases.AsNoTracking()), terms, windows, MaxHits,
                clock.GetUtcNow().UtcDateTime, cancellationToken);
        return await CaseReads.RowsInOrderAsync(db, ids, cancellationToken);
    }
}
