using System.Linq.Expressions;
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

    /// <summary>The cases among <paramref name="cases"/> whose subject, description or requester matches; order left to the caller.</summary>
    public static IQueryable<Case> Cases(ServicenavDb db, IQueryable<Case> cases, SearchTerms terms)
    {
        if (terms.IsEmpty)
        {
            return cases.Where(c => false);
        }

        if (db.Database.IsNpgsql())
        {
            var query = terms.ToTsQuery();
            return cases.Where(c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Matches(EF.Functions.ToTsQuery(FullTextModel.Config, query)));
        }

        var ids = db.Database.SqlQueryRaw<Guid>(CaseIds, terms.ToFts5());
        return cases.Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// How many of the newest matching cases are ranked. Ranking reads every match's vector, so a word found in most of
    /// a million cases took 0.8–1.6 s on PostgreSQL; agents look for recent cases, so the best among the newest 200
    /// matches is the answer (measured on 1 M generated cases: 1–47 ms for common, mid and rare words and two-word
    /// searches; a window of 1 000 made mid-frequency words slower, 120–360 ms, as the planner then walks the date
    /// index too far).
    /// </summary>
    public const int RankWindow = 200;

    /// <summary>On SQLite, the newest matches a reader of part of the cases (a group's member) has ranked among those they may see.</summary>
    public const int ScopedRankWindow = 4_000;

    /// <summary>
    /// How many hits a search reads the keys of before deciding how to go on: fewer, and it has them all (sorted or
    /// ranked from there); more, and the word is common enough that its newest hits are near in the date index.
    /// </summary>
    public const int ProbeCap = 2_000;

    /// <summary>
    /// How far back a case search looks first, then next, before it reads every year: the newest matches of a word in a
    /// few thousand cases are then read from the pages of the last months only (the text index and the date index
    /// combined), not from a page per match over ten years.
    /// </summary>
    public static readonly TimeSpan[] RecentSlices = [TimeSpan.FromDays(90), TimeSpan.FromDays(400)];

    /// <summary>
    /// How many of the newest cases a search tests in date order before it turns to the text index: a word in more than
    /// one case in a hundred has its newest <see cref="RankWindow"/> matches among them (~25 ms to test at a million cases).
    /// </summary>
    public const int NewestWalk = 20_000;

    /// <summary>The requester's name is in the vector word for word (<c>simple</c>), not stemmed: whole-word searches ask both.</summary>
    private const string NamesConfig = "simple";

    /// <summary>
    /// The ids of the matching cases, best match first (then newest), among the newest <see cref="RankWindow"/> matches
    /// the person may see. On SQLite the newest matches come straight from the FTS5 index in key order, and only they are
    /// scored: the newest <see cref="RankWindow"/> when <paramref name="seesEveryCase"/>, else the ones the person may see
    /// among the newest <see cref="ScopedRankWindow"/>. On PostgreSQL the words are searched as whole words
    /// (<see cref="SearchTerms.ToWholeWordTsQuery"/>): first among the newest <see cref="NewestWalk"/> cases in date order
    /// (a common word), then in the last months (<see cref="RecentSlices"/>) while they hold fewer than
    /// <see cref="RankWindow"/> matches, then in every year; only when no whole word matches anywhere are the words
    /// searched as prefixes (a word still being typed, another form of it), newest cases first, then every year. Where
    /// the text index answers, the hits' keys are read first (up to <see cref="ProbeCap"/>): a rare word's newest window is
    /// then picked in memory, where the planner, guessing, would walk the date index through every case for a word that
    /// is in forty or in none.
    /// </summary>
    public static async Task<List<Guid>> RankedCaseIdsAsync(ServicenavDb db, IQueryable<Case> cases, SearchTerms terms, bool seesEveryCase, int take,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return [];
        }

        if (db.Database.IsNpgsql())
        {
            var wholeWords = terms.ToWholeWordTsQuery();
            Expression<Func<Case, bool>> wholeMatch = c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Matches(
                EF.Functions.ToTsQuery(FullTextModel.Config, wholeWords).Or(EF.Functions.ToTsQuery(NamesConfig, wholeWords)));
            Expression<Func<Case, float>> wholeRank = c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Rank(
                EF.Functions.ToTsQuery(FullTextModel.Config, wholeWords).Or(EF.Functions.ToTsQuery(NamesConfig, wholeWords)));
            // A common word: its newest matches are among the newest cases the person may see.
            if (await AmongNewestAsync(db, cases, wholeMatch, wholeRank, take, cancellationToken) is { } common)
            {
                return common;
            }

            // Else the last months first, then further back, through the text index (a page read per match found).
            var whole = cases.Where(wholeMatch);
            foreach (var slice in RecentSlices)
            {
                var since = nowUtc - slice;
                var inSlice = whole.Where(c => c.CreatedAtUtc >= since);
                var recent = await ProbeAsync(db, inSlice, cancellationToken);
                if (recent.Count >= RankWindow)
                {
                    return await RankNewestAsync(db, inSlice, recent, wholeRank, take, cancellationToken);
                }
            }

            var keys = await ProbeAsync(db, whole, cancellationToken);
            if (keys.Count > 0)
            {
                return await RankNewestAsync(db, whole, keys, wholeRank, take, cancellationToken);
            }

            // No whole word matched anywhere: a word still being typed, or another form ("pappret" for "papper"), by prefix.
            var prefixes = terms.ToTsQuery();
            Expression<Func<Case, bool>> prefixMatch = c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Matches(
                EF.Functions.ToTsQuery(FullTextModel.Config, prefixes));
            Expression<Func<Case, float>> prefixRank = c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Rank(
                EF.Functions.ToTsQuery(FullTextModel.Config, prefixes));
            if (await AmongNewestAsync(db, cases, prefixMatch, prefixRank, take, cancellationToken) is { } commonPrefix)
            {
                return commonPrefix;
            }

            var prefixed = cases.Where(prefixMatch);
            return await RankNewestAsync(db, prefixed, await ProbeAsync(db, prefixed, cancellationToken), prefixRank, take, cancellationToken);
        }

        // SQLite: the newest matches straight from the FTS5 index, scored only those. Someone who sees part of the cases
        // gets the ones they may see among a wider window, so that a common word is never scored over every case.
        var hits = db.Database.SqlQueryRaw<FullTextHit>(NewestCaseHits, terms.ToFts5(), seesEveryCase ? RankWindow : ScopedRankWindow);
        return await (from c in cases
                      join hit in hits on c.Id equals hit.Id
                      orderby hit.Score descending, c.CreatedAtUtc descending
                      select c.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL, a common word: when the newest <see cref="NewestWalk"/> cases the person may see hold
    /// <see cref="RankWindow"/> matches, those are the newest matches of all, read in date order; else null.
    /// </summary>
    private static async Task<List<Guid>?> AmongNewestAsync(ServicenavDb db, IQueryable<Case> cases, Expression<Func<Case, bool>> match,
        Expression<Func<Case, float>> rank, int take, CancellationToken cancellationToken)
    {
        var newest = await cases.OrderByDescending(c => c.CreatedAtUtc).Take(NewestWalk).Where(match)
            .OrderByDescending(c => c.CreatedAtUtc).Select(c => c.Id).Take(RankWindow).ToListAsync(cancellationToken);
        return newest.Count < RankWindow ? null
            : await db.Cases.Where(c => newest.Contains(c.Id)).OrderByDescending(rank).ThenByDescending(c => c.CreatedAtUtc)
                .Select(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: the best <paramref name="take"/> among the newest <see cref="RankWindow"/> of <paramref name="matching"/>,
    /// whose probed <paramref name="keys"/> are all of them (picked in memory) or, past <see cref="ProbeCap"/>, a sign
    /// that the word is common enough for its newest matches to be near in the date index.
    /// </summary>
    private static async Task<List<Guid>> RankNewestAsync(ServicenavDb db, IQueryable<Case> matching, List<CaseKey> keys,
        Expression<Func<Case, float>> rank, int take, CancellationToken cancellationToken)
    {
        var newest = keys.OrderByDescending(k => k.CreatedAtUtc).Take(RankWindow).Select(k => k.Id).ToList();
        var window = keys.Count > ProbeCap
            ? matching.OrderByDescending(c => c.CreatedAtUtc).Take(RankWindow)
            : db.Cases.Where(c => newest.Contains(c.Id));
        return await window.OrderByDescending(rank).ThenByDescending(c => c.CreatedAtUtc).Select(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The keys of up to <see cref="ProbeCap"/> + 1 matches, found through the text index (with the date index's bitmap
    /// AND-ed in for a slice of recent months: a few ms). With a LIMIT the planner would rather walk the date index (or
    /// the group's) and test every case on the way, hoping to stop early (90 000 rows, ~110 ms measured at a million
    /// cases for the last 90 days), so plain index scans are switched off for this one statement.
    /// </summary>
    private static async Task<List<CaseKey>> ProbeAsync(ServicenavDb db, IQueryable<Case> matching, CancellationToken cancellationToken)
    {
        var keys = matching.Select(c => new CaseKey(c.Id, c.CreatedAtUtc)).Take(ProbeCap + 1);
        if (db.Database.CurrentTransaction is not null)
        {
            return await keys.ToListAsync(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off", cancellationToken);
        var read = await keys.ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return read;
    }

    private sealed record CaseKey(Guid Id, DateTime CreatedAtUtc);

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
