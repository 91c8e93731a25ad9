using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Data.Knowledge;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features;

public enum CaseListView
{
    /// <summary>The cases I raised (an employee's "mina ärenden").</summary>
    Mine,

    /// <summary>Open cases of my resolver groups, most urgent first (the agent's queue).</summary>
    Queue,

    /// <summary>Cases assigned to me.</summary>
    Assigned,

    /// <summary>Everything I may see: a Beställare its customer's cases, a supervisor all.</summary>
    All,
}

public enum CaseStateFilter
{
    Open,
    Closed,
    Any,
}

/// <summary>A page of cases for a list, queue or search; only cases the reader may see, whatever the filters say.</summary>
public sealed record ListCases(
    CaseListView View = CaseListView.All,
    CaseStateFilter State = CaseStateFilter.Open,
    Guid? GroupId = null,
    Guid? CustomerId = null,
    string? Search = null,
    int Page = 1,
    int PageSize = 50) : IRequest<Result<CasePage>>
{
    /// <summary>A list counts its cases up to this many, and says "more than" beyond.</summary>
    public const int CountCap = 10_000;

    /// <summary>A text search counts its hits up to this many; below it the hits are sorted in memory (see the handler).</summary>
    public const int SearchCap = Data.Knowledge.FullTextSearch.ProbeCap;
}

internal sealed class ListCasesHandler(ServicenavDb db) : IHandler<ListCases, Result<CasePage>>
{
    public async Task<Result<CasePage>> Handle(ListCases request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CasesRaise))
        {
            return Result<CasePage>.Forbidden();
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        var cases = CaseListQuery.Filter(db, viewer, request.View, request.State, request.GroupId, request.CustomerId, request.Search).AsNoTracking();
        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Max(1, request.Page);
        var skip = (page - 1) * pageSize;
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            if (await NewestHitsPageAsync(request, viewer, page, pageSize, cancellationToken) is { } newestHits)
            {
                return newestHits;
            }

            var found = await SearchPageAsync(cases, request.View, page, pageSize, cancellationToken);
            return found.Value is { Total: 0 } && CaseSearch.CanWidenToPrefixes(db, request.Search)
                ? await SearchPageAsync(CaseListQuery.Filter(db, viewer, request.View, request.State, request.GroupId, request.CustomerId, request.Search,
                    prefixes: true).AsNoTracking(), request.View, page, pageSize, cancellationToken)
                : found;
        }

        var counted = await cases.Take(ListCases.CountCap + 1).CountAsync(cancellationToken);
        var rows = await CaseReads.RowsAsync(db, CaseListQuery.Order(cases, request.View).Skip(skip).Take(pageSize), cancellationToken);
        return new CasePage(rows, Math.Min(counted, ListCases.CountCap), page, pageSize, counted > ListCases.CountCap);
    }

    /// <summary>
    /// SQLite, for a reader of every case, newest first: the newest matches come straight from the FTS5 index (its keys
    /// follow creation), so a word in half the cases is not first collected whole. All of them when there are at most
    /// <see cref="ListCases.SearchCap"/>; else the page is exact as long as it lies among the newest that many, and the
    /// count says "more than". Null when this does not apply (PostgreSQL, a partial reader, the queue's order, a case number).
    /// </summary>
    private async Task<CasePage?> NewestHitsPageAsync(ListCases request, CaseViewer viewer, int page, int pageSize, CancellationToken cancellationToken)
    {
        var text = request.Search!.Trim();
        var terms = SearchTerms.Parse(text, SearchMode.AllTerms);
        if (db.Database.IsNpgsql() || !viewer.SeesAll || request.View == CaseListView.Queue || CaseNumber.TryParse(text, out _) || terms.IsEmpty)
        {
            return null;
        }

        var newest = await FullTextSearch.NewestCaseIdsAsync(db, terms, ListCases.SearchCap + 1, cancellationToken);
        var keys = await CaseListQuery.Filter(db, viewer, request.View, request.State, request.GroupId, request.CustomerId, search: null).AsNoTracking()
            .Where(c => newest.Contains(c.Id))
            .Select(c => new CaseSortKey(c.Id, c.Priority, c.CreatedAtUtc)).ToListAsync(cancellationToken);
        var skip = (page - 1) * pageSize;
        var capped = newest.Count > ListCases.SearchCap;
        if (capped && keys.Count < skip + pageSize)
        {
            return null; // the page reaches past the newest matches: the whole search
        }

        var ids = CaseListQuery.Order(keys, request.View).Skip(skip).Take(pageSize).Select(k => k.Id).ToList();
        return new CasePage(await CaseReads.RowsInOrderAsync(db, ids, cancellationToken), keys.Count, page, pageSize, capped);
    }

    /// <summary>
    /// A text search first takes the hits' sort keys, up to <see cref="ListCases.SearchCap"/>, straight from the text
    /// index. A rarer word (most searches) is then sorted in memory and its page read by key, instead of the database
    /// walking the date index through a million cases looking for a word that is in forty. A common word has more
    /// hits than that: its newest are near, so the page is read in list order, and the count says "more than".
    /// </summary>
    private async Task<Result<CasePage>> SearchPageAsync(IQueryable<Case> hits, CaseListView view, int page, int pageSize, CancellationToken cancellationToken)
    {
        var keys = await hits.Select(c => new CaseSortKey(c.Id, c.Priority, c.CreatedAtUtc)).Take(ListCases.SearchCap + 1).ToListAsync(cancellationToken);
        var skip = (page - 1) * pageSize;
        if (keys.Count > ListCases.SearchCap)
        {
            var newest = await PlannerHints.WithoutBitmapScansAsync(db,
                () => CaseReads.RowsAsync(db, CaseListQuery.Order(hits, view).Skip(skip).Take(pageSize), cancellationToken), cancellationToken);
            return new CasePage(newest, ListCases.SearchCap, page, pageSize, MoreThanTotal: true);
        }

        var ids = CaseListQuery.Order(keys, view).Skip(skip).Take(pageSize).Select(k => k.Id).ToList();
        return new CasePage(await CaseReads.RowsInOrderAsync(db, ids, cancellationToken), keys.Count, page, pageSize);
    }
}
