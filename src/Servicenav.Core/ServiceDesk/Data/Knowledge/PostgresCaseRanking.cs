using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;

namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// PostgreSQL: an agent's case search, best match first among the newest <see cref="CaseSearchWindows.RankWindow"/>
/// matches the agent may see. The words are searched as whole words (<see cref="SearchTerms.ToWholeWordTsQuery"/>):
/// first among the newest <see cref="CaseSearchWindows.NewestWalk"/> cases in date order (a common word), then in the
/// last months (<see cref="CaseSearchWindows.RecentSlices"/>) while they hold fewer than the rank window, then in every
/// year; only when no whole word matches anywhere are the words searched as prefixes (a word still being typed,
/// another form of it), newest cases first, then every year. Where the text index answers, the hits' keys are read
/// first (<see cref="ProbeAsync"/>): a rare word's newest window is then picked in memory, where the planner, guessing,
/// would walk the date index through every case for a word that is in forty or in none.
/// </summary>
internal sealed class PostgresCaseRanking(ServicenavDb db, VisibleCases cases, CaseSearchWindows windows, CancellationToken cancellationToken)
{
    /// <summary>The requester's name is in the vector word for word (<c>simple</c>), not stemmed: whole-word searches ask both.</summary>
    private const string NamesConfig = "simple";

    public async Task<List<Guid>> RankAsync(SearchTerms terms, int take, DateTime nowUtc)
    {
        var whole = WholeWords(terms);
        if (await AmongNewestAsync(whole, take) is { } common)
        {
            return common;
        }

        foreach (var slice in windows.RecentSlices)
        {
            var since = nowUtc - slice;
            Expression<Func<Case, bool>> recent = c => c.CreatedAtUtc >= since;
            var probe = await ProbeAsync(whole, recent);
            if (probe.Keys.Count >= windows.RankWindow)
            {
                return await RankNewestAsync(whole, recent, probe, take);
            }
        }

        var everyYear = await ProbeAsync(whole, since: null);
        if (everyYear.Keys.Count > 0)
        {
            return await RankNewestAsync(whole, since: null, everyYear, take);
        }

        // No whole word matched anywhere: a word still being typed, or another form ("pappret" for "papper"), by prefix.
        var prefixes = Prefixes(terms);
        return await AmongNewestAsync(prefixes, take)
            ?? await RankNewestAsync(prefixes, since: null, await ProbeAsync(prefixes, since: null), take);
    }

    /// <summary>The words as whole words in their Swedish forms, or the requester's name word for word.</summary>
    public static Expression<Func<Case, bool>> MatchesWholeWords(string words) =>
        c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Matches(
            EF.Functions.ToTsQuery(FullTextModel.Config, words).Or(EF.Functions.ToTsQuery(NamesConfig, words)));

    /// <summary>Every word as a prefix (<see cref="SearchTerms.ToTsQuery"/>).</summary>
    public static Expression<Func<Case, bool>> MatchesPrefixes(string prefixes) =>
        c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Matches(EF.Functions.ToTsQuery(FullTextModel.Config, prefixes));

    private static TextQuery WholeWords(SearchTerms terms)
    {
        var words = terms.ToWholeWordTsQuery();
        return new TextQuery(MatchesWholeWords(words), c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Rank(
            EF.Functions.ToTsQuery(FullTextModel.Config, words).Or(EF.Functions.ToTsQuery(NamesConfig, words))));
    }

    private static TextQuery Prefixes(SearchTerms terms)
    {
        var prefixes = terms.ToTsQuery();
        return new TextQuery(MatchesPrefixes(prefixes),
            c => EF.Property<NpgsqlTsVector>(c, FullTextModel.VectorColumn).Rank(EF.Functions.ToTsQuery(FullTextModel.Config, prefixes)));
    }

    /// <summary>
    /// A common word: when the newest <see cref="CaseSearchWindows.NewestWalk"/> cases hold
    /// <see cref="CaseSearchWindows.RankWindow"/> matches the person may see, those are the newest such matches of all,
    /// read in date order; else null.
    /// </summary>
    private async Task<List<Guid>?> AmongNewestAsync(TextQuery text, int take)
    {
        var window = cases.All.OrderByDescending(c => c.CreatedAtUtc).Take(windows.NewestWalk);
        var newest = await cases.Visible(window).Where(text.Match)
            .OrderByDescending(c => c.CreatedAtUtc).Select(c => c.Id).Take(windows.RankWindow).ToListAsync(cancellationToken);
        return newest.Count < windows.RankWindow ? null : await RankAsync(newest, text, take);
    }

    /// <summary>
    /// The best <paramref name="take"/> among the newest <see cref="CaseSearchWindows.RankWindow"/> visible matches:
    /// picked from the probe's keys when it read them all, else (a common word) read in date order, which is then near.
    /// </summary>
    private async Task<List<Guid>> RankNewestAsync(TextQuery text, Expression<Func<Case, bool>>? since, Probe probe, int take)
    {
        if (probe.Complete)
        {
            return await RankAsync(probe.Keys.OrderByDescending(k => k.CreatedAtUtc).Take(windows.RankWindow).Select(k => k.Id).ToList(), text, take);
        }

        var matching = cases.Visible(Matching(text, since));
        return await matching.OrderByDescending(c => c.CreatedAtUtc).Take(windows.RankWindow)
            .OrderByDescending(text.Rank).ThenByDescending(c => c.CreatedAtUtc).Select(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    private Task<List<Guid>> RankAsync(List<Guid> ids, TextQuery text, int take) =>
        cases.All.Where(c => ids.Contains(c.Id)).OrderByDescending(text.Rank).ThenByDescending(c => c.CreatedAtUtc)
            .Select(c => c.Id).Take(take).ToListAsync(cancellationToken);

    private IQueryable<Case> Matching(TextQuery text, Expression<Func<Case, bool>>? since)
    {
        var matching = cases.All.Where(text.Match);
        return since is null ? matching : matching.Where(since);
    }

    /// <summary>
    /// The keys of the visible matches, through the text index. Someone who sees every case gets up to
    /// <see cref="CaseSearchWindows.ProbeCap"/> + 1 of them. Someone who sees part of the cases gets the text index's
    /// matches with whether they may see each, while there are fewer than <see cref="CaseSearchWindows.TextScan"/>; past
    /// that the database combines the text index with the reader's own indexes (group, assignee, requester), which
    /// costs the same for a word in ten cases as in ten thousand.
    /// </summary>
    private async Task<Probe> ProbeAsync(TextQuery text, Expression<Func<Case, bool>>? since)
    {
        var matching = Matching(text, since);
        if (cases.Visibility is { } visibility)
        {
            var read = await WithoutIndexScansAsync(matching.Take(windows.TextScan).Select(Flagged(visibility)));
            if (read.Count < windows.TextScan)
            {
                return new Probe(read.Where(k => k.Visible).Select(k => new CaseKey(k.Id, k.CreatedAtUtc)).ToList(), Complete: true);
            }

            matching = matching.Where(visibility);
        }

        var keys = await WithoutIndexScansAsync(matching.Select(c => new CaseKey(c.Id, c.CreatedAtUtc)).Take(windows.ProbeCap + 1));
        return new Probe(keys, Complete: keys.Count <= windows.ProbeCap);
    }

    /// <summary>A match's key and whether this person may see the case: the visibility condition as a column.</summary>
    private static Expression<Func<Case, FlaggedKey>> Flagged(Expression<Func<Case, bool>> visibility)
    {
        var c = visibility.Parameters[0];
        var key = Expression.New(typeof(FlaggedKey).GetConstructors().Single(),
            Expression.Property(c, nameof(Case.Id)), Expression.Property(c, nameof(Case.CreatedAtUtc)), visibility.Body);
        return Expression.Lambda<Func<Case, FlaggedKey>>(key, c);
    }

    /// <summary>Reads through the text index (with the date index's bitmap AND-ed in for a slice of recent months).</summary>
    private Task<List<T>> WithoutIndexScansAsync<T>(IQueryable<T> query) =>
        PlannerHints.WithoutIndexScansAsync(db, () => query.ToListAsync(cancellationToken), cancellationToken);

    private sealed record TextQuery(Expression<Func<Case, bool>> Match, Expression<Func<Case, float>> Rank);

    /// <summary>What a probe read: the keys, and whether they are all the visible matches (else the first of many).</summary>
    private sealed record Probe(List<CaseKey> Keys, bool Complete);

    private sealed record CaseKey(Guid Id, DateTime CreatedAtUtc);

    private sealed record FlaggedKey(Guid Id, DateTime CreatedAtUtc, bool Visible);
}
