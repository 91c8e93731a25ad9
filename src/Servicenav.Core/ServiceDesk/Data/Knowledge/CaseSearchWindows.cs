namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// How far an agent's ranked case search looks before it decides how to go on (<see cref="PostgresCaseRanking"/>, and
/// on SQLite <see cref="FullTextSearch.RankedCaseIdsAsync"/>). The defaults were measured on a million generated cases
/// (the ServiceDesk benchmark); it is a singleton so that a test can shrink the windows and reach every path with a
/// handful of cases.
/// </summary>
internal sealed record CaseSearchWindows
{
    public static CaseSearchWindows Default { get; } = new();

    /// <summary>
    /// How many of the newest matching cases are ranked. Ranking reads every match's vector, so a word found in most of
    /// a million cases took 0.8–1.6 s on PostgreSQL; agents look for recent cases, so the best among the newest 200
    /// matches is the answer (a window of 1 000 made mid-frequency words slower, 120–360 ms).
    /// </summary>
    public int RankWindow { get; init; } = 200;

    /// <summary>On SQLite, the newest matches a reader of part of the cases (a group's member) has ranked among those they may see.</summary>
    public int ScopedRankWindow { get; init; } = 4_000;

    /// <summary>
    /// How many of the newest cases (of all, whoever searches) are tested in date order before the search turns to
    /// the text index: a word in more than one case in a hundred has its newest <see cref="RankWindow"/> matches among
    /// them (~11 ms at a million cases, the newest cases' pages being the ones most in memory). A group's member tests
    /// whether they may see each case on the way; walking the newest 20 000 cases they may see instead read 76 000 rows
    /// for a group with a quarter of the cases (35–47 ms).
    /// </summary>
    public int NewestWalk { get; init; } = 20_000;

    /// <summary>How many keys of visible matches a probe of the text index reads (<see cref="FullTextSearch.ProbeCap"/>).</summary>
    public int ProbeCap { get; init; } = FullTextSearch.ProbeCap;

    /// <summary>
    /// For a reader of part of the cases: how many of the text index's matches are read, with whether the reader may
    /// see each, before the search asks the database to combine the text index with the reader's own (group, assignee,
    /// requester). Fewer matches than this are cheaper to test one by one (~3.5 µs a row): building the bitmap of a
    /// group with 260 000 cases took 35–60 ms for every probe.
    /// </summary>
    public int TextScan { get; init; } = 8_000;

    /// <summary>
    /// How far back a probe looks first, then next, before it reads every year: the newest matches of a word in a few
    /// thousand cases are then read from the pages of the last months only (the text index and the date index combined).
    /// </summary>
    public IReadOnlyList<TimeSpan> RecentSlices { get; init; } = [TimeSpan.FromDays(90), TimeSpan.FromDays(400)];
}
