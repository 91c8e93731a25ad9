using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>Projections shared by the knowledge use cases: article rows with service names, an article's page.</summary>
internal static class KnowledgeReads
{
    public const int MaxRows = 500;

    /// <summary>
    /// Rows in the query's own order (the caller orders and limits it). The ids come first and the rows by id after:
    /// a search's order comes from a join EF cannot carry a collection (the services) through.
    /// </summary>
    public static async Task<IReadOnlyList<KnowledgeArticleRow>> RowsAsync(ServicenavDb db, IQueryable<KnowledgeArticle> articles,
        CancellationToken cancellationToken)
    {
        var ids = await articles.Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var data = await db.KnowledgeArticles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Title, a.Summary, a.Status, a.Audience, Services = a.Services.Select(s => s.ServiceCode).ToList(),
                HasDraft = a.DraftVersion != null, a.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        return data.OrderBy(a => ids.IndexOf(a.Id)).Select(a => new KnowledgeArticleRow(a.Id, a.Title, a.Summary, a.Status, a.Audience, Services(a.Services, names), a.HasDraft,
            DateTime.SpecifyKind(a.UpdatedAtUtc, DateTimeKind.Utc))).ToList();
    }

    public static IReadOnlyList<KnowledgeServiceRef> Services(IEnumerable<string> codes, IReadOnlyDictionary<string, string> names) =>
        codes.Select(code => new KnowledgeServiceRef(code, names.GetValueOrDefault(code, code)))
            .OrderBy(s => s.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();

    /// <summary>Every code must name a service of the current decided catalogue; the unknown ones are named back.</summary>
    public static async Task CheckServicesAsync(ServicenavDb db, IReadOnlyList<string>? codes, CancellationToken cancellationToken)
    {
        var wanted = (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        var unknown = wanted.Where(c => !names.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationFailedException("serviceCodes",
                string.Format(SwedishCulture.Culture, KnowledgeMessages.UnknownServices, string.Join(", ", unknown)));
        }
    }

    public static async Task<KnowledgeAuthor> AuthorAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var actor = await CaseActors.CurrentAsync(db, cancellationToken);
        return new KnowledgeAuthor(actor.Name, actor.UserId);
    }

    /// <summary>
    /// The article's page: the asked-for version (else the published one; an editor without a published version
    /// gets the draft), the history this reader may see, the answers per version, and this reader's own answer.
    /// Null when the version does not exist or is not the reader's to see.
    /// </summary>
    public static async Task<KnowledgeArticleDetails?> DetailsAsync(ServicenavDb db, KnowledgeArticle article, KnowledgeReader reader, int? versionNumber,
        CancellationToken cancellationToken)
    {
        var versions = article.Versions.Where(reader.MayRead).OrderByDescending(v => v.Number).ToList();
        var number = versionNumber ?? article.PublishedVersion ?? article.DraftVersion;
        var shown = versions.FirstOrDefault(v => v.Number == number);
        if (shown is null)
        {
            return null;
        }

        var counts = await db.KnowledgeFeedback.AsNoTracking().Where(f => f.ArticleId == article.Id)
            .GroupBy(f => new { f.VersionNumber, f.Solved })
            .Select(g => new { g.Key.VersionNumber, g.Key.Solved, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(int? version, bool solved) => counts.Where(c => (version is null || c.VersionNumber == version) && c.Solved == solved).Sum(c => c.Count);

        var published = article.PublishedVersion;
        bool? mine = null;
        if (reader.UserId is { } me && published is { } p)
        {
            mine = await db.KnowledgeFeedback.AsNoTracking().Where(f => f.ArticleId == article.Id && f.VersionNumber == p && f.UserId == me)
                .Select(f => (bool?)f.Solved).FirstOrDefaultAsync(cancellationToken);
        }

        var comments = reader.CanManage
            ? await db.KnowledgeFeedback.AsNoTracking().Where(f => f.ArticleId == article.Id && f.Comment != null)
                .OrderByDescending(f => f.AtUtc).Take(50)
                .Select(f => new KnowledgeFeedbackComment(f.VersionNumber, f.Solved, f.Comment!, f.UserName, f.AtUtc))
                .ToListAsync(cancellationToken)
            : [];
        var names = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        var content = shown.Content;
        var view = new KnowledgeVersionView(shown.Number, shown.State, content.Title, content.Summary, content.Body, KnowledgeMarkdown.ToHtml(content.Body),
            content.Audience, Services(content.ServiceCodes, names), shown.AuthorName, Utc(shown.UpdatedAtUtc), Utc(shown.PublishedAtUtc), shown.PublishedByName);
        var history = versions.Select(v => new KnowledgeVersionRow(v.Number, v.State, v.Title, v.AuthorName, Utc(v.UpdatedAtUtc), Utc(v.PublishedAtUtc),
            v.PublishedByName, Count(v.Number, true), Count(v.Number, false))).ToList();
        var abilities = new KnowledgeArticleAbilities(
            reader.CanManage,
            reader.CanManage && article.DraftVersion is not null,
            reader.CanManage && article.Status == KnowledgeArticleStatus.Published,
            reader.UserId is not null && article.Status == KnowledgeArticleStatus.Published && shown.Number == published && mine is null);
        return new KnowledgeArticleDetails(article.Id, article.Status, published, article.DraftVersion, view, history,
            new KnowledgeFeedbackSummary(published is null ? 0 : Count(published, true), published is null ? 0 : Count(published, false),
                Count(null, true), Count(null, false), mine),
            comments.Select(c => c with { AtUtc = Utc(c.AtUtc) }).ToList(), abilities);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
