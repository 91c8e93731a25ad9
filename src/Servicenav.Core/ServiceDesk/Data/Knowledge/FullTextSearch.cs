using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Knowledge;

namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// Swedish full-text search over cases and articles, composed onto a query the caller has already narrowed (the
/// <c>CaseViewer</c>'s visible cases, the articles a reader's audience allows), so the index never widens what a
/// person may see. PostgreSQL: <c>SearchVector @@ to_tsquery('swedish', …)</c> ranked by <c>ts_rank</c>, on the same
/// row as the caller's filters, so the planner combines the GIN index with theirs. SQLite: the FTS5 table's matches
/// (MATCH, ranked by <c>bm25</c>) joined on the row's id.
/// </summary>
internal static class FullTextSearch
{
    // The inner LIMIT -1 keeps SQLite from flattening the subquery into the outer join: bm25() must run in the
    // FTS5 table's own scan. Scores are bm25 × -1 000 000 as integers (higher is better; no floating point leaves).
    private const string CaseIds =
        """
        SELECT k."CaseId" AS "Value" FROM "CaseSearch" JOIN "CaseSearchKeys" AS k ON k."Key" = "CaseSearch"."rowid" WHERE "CaseSearch" MATCH {0}
        """;

    // The newest matches only, straight from the FTS5 index in key order (keys are given out as cases are created).
    private const string NewestCaseHits =
        """
        SELECT k."CaseId" AS "Id", CAST(-bm25("CaseSearch", 4.0, 1.0, 1.0) * 1000000 AS INTEGER) AS "Score"
        FROM "CaseSearch" JOIN "CaseSearchKeys" AS k ON k."Key" = "CaseSearch"."rowid"
        WHERE "CaseSearch" MATCH {0} ORDER BY "CaseSearch"."rowid" DESC LIMIT {1}
        """;

    private const string NewestCaseIds =
        """
        SELECT k."CaseId" AS "Value" FROM "CaseSearch" JOIN "CaseSearchKeys" AS k ON k."Key" = "CaseSearch"."rowid"
        WHERE "CaseSearch" MATCH {0} ORDER BY "CaseSearch"."rowid" DESC LIMIT {1}
        """;

    private const string ArticleHits =
        """
        SELECT k."ArticleId" AS "Id", CAST(-bm25("KnowledgeSearch", 4.0, 2.0, 1.0) * 1000000 AS INTEGER) AS "Score"
        FROM "KnowledgeSearch" JOIN "KnowledgeSearchKeys" AS k ON k."Key" = "KnowledgeSearch"."rowid"
        WHERE "KnowledgeSearch" MATCH {0} LIMIT -1
        """;

    /// <summary>SQLite: the ids of the newest matching cases, at most <paramref name="limit"/>, straight from the FTS5 index.</summary>
    public static Task<List<Guid>> NewestCaseIdsAsync(ServicenavDb db, SearchTerms terms, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Guid>(NewestCaseIds, terms.ToFts5(), limit).ToListAsync(cancellationToken);

    /// <summary>
    /// The cases among <paramref name="cases"/> whose subject, description or requester matches; order left to the caller.
    /// PostgreSQL: whole words (their Swedish forms, and the requester's name word for word), or with
    /// <paramref name="prefixes"/> every word as a prefix, which costs 2–5 times as much at a million cases (the text index
    /// gathers every word that starts so). SQLite's FTS5 always takes the words as prefixes.
    /// </summary>
    public static IQueryable<Case> Cases(ServicenavDb db, IQueryable<Case> cases, SearchTerms terms, bool prefixes)
    {
        if (terms.IsEmpty)
        {
            return cases.Where(c => false);
        }

        if (db.Database.IsNpgsql())
        {
            return cases.Where(prefixes ? PostgresCaseRanking.MatchesPrefixes(terms.ToTsQuery()) : PostgresCaseRanking.MatchesWholeWords(terms.ToWholeWordTsQuery()));
        }

        var ids = db.Database.SqlQueryRaw<Guid>(CaseIds, terms.ToFts5());
        return cases.Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// How many hits a list search reads the keys of before deciding how to go on: fewer, and it has them all (sorted
    /// from there); more, and the word is common enough that its newest hits are near in the date index.
    /// </summary>
    public const int ProbeCap = 2_000;

    /// <summary>
    /// The ids of the matching cases the person may see, best match first (then newest), among the newest
    /// <see cref="CaseSearchWindows.RankWindow"/> matches. PostgreSQL: <see cref="PostgresCaseRanking"/>. SQLite: the
    /// newest matches come straight from the FTS5 index in key order, and only they are scored: the newest
    /// <see cref="CaseSearchWindows.RankWindow"/> for someone who sees every case, else the ones the person may see among
    /// the newest <see cref="CaseSearchWindows.ScopedRankWindow"/>, so that a common word is never scored over every case.
    /// </summary>
    public static async Task<List<Guid>> RankedCaseIdsAsync(ServicenavDb db, VisibleCases cases, SearchTerms terms, CaseSearchWindows windows,
        int take, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return [];
        }

        if (db.Database.IsNpgsql())
        {
            return await new PostgresCaseRanking(db, cases, windows, cancellationToken).RankAsync(terms, take, nowUtc);
        }

        var hits = db.Database.SqlQueryRaw<FullTextHit>(NewestCaseHits, terms.ToFts5(), cases.SeesEveryCase ? windows.RankWindow : windows.ScopedRankWindow);
        return await (from c in cases.Visible(cases.All)
                      join hit in hits on c.Id equals hit.Id
                      orderby hit.Score descending, c.CreatedAtUtc descending
                      select c.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The matching articles, best match first; with a service code, that service's articles before the others
    /// (an article for the service the employee chose is the likelier answer).
    /// </summary>
    public static IQueryable<KnowledgeArticle> ArticlesByRelevance(ServicenavDb db, IQueryable<KnowledgeArticle> articles, SearchTerms terms,
        string? preferredService)
    {
        if (terms.IsEmpty)
        {
            return articles.Where(a => false);
        }

        var service = preferredService ?? "";
        if (db.Database.IsNpgsql())
        {
            var query = terms.ToTsQuery();
            return articles
                .Where(a => EF.Property<NpgsqlTsVector>(a, FullTextModel.VectorColumn).Matches(EF.Functions.ToTsQuery(FullTextModel.Config, query)))
                .OrderByDescending(a => a.Services.Any(s => s.ServiceCode == service))
                .ThenByDescending(a => EF.Property<NpgsqlTsVector>(a, FullTextModel.VectorColumn).Rank(EF.Functions.ToTsQuery(FullTextModel.Config, query)))
                .ThenBy(a => a.Title);
        }

        return from a in articles
               join hit in db.Database.SqlQueryRaw<FullTextHit>(ArticleHits, terms.ToFts5()) on a.Id equals hit.Id
               orderby a.Services.Any(s => s.ServiceCode == service) descending, hit.Score descending, a.Title
               select a;
    }
}

/// <summary>A row of an FTS5 match: whose, and how well (bm25 scaled to an integer, higher is better).</summary>
internal sealed class FullTextHit
{
    public Guid Id { get; set; }

    public long Score { get; set; }
}
