using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Surveys;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Surveys;

/// <summary>
/// A year's end-user survey results: response rate, share solved, mean treatment and number of answers per service,
/// customer, resolver group and month (the month the case was solved), filtered by service, customer and group,
/// with the latest comments. Staff see every customer; a Beställare its own customer's only (the customer scope).
/// </summary>
public sealed record GetSurveyResults(int Year, string? ServiceCode = null, Guid? CustomerId = null, Guid? GroupId = null, int CommentCount = 20)
    : IRequest<Result<SurveyResults>>;

public sealed class GetSurveyResultsValidator : AbstractValidator<GetSurveyResults>
{
    public GetSurveyResultsValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(2000, 2999).WithMessage(SurveyMessages.YearRange);
    }
}

internal sealed class GetSurveyResultsHandler(ServicenavDb db) : IHandler<GetSurveyResults, Result<SurveyResults>>
{
    public async Task<Result<SurveyResults>> Handle(GetSurveyResults request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.SurveysRead))
        {
            return Result<SurveyResults>.Forbidden();
        }

        var (from, to) = (new Period(request.Year, 1), new Period(request.Year, 12));
        var year = db.CaseSurveys.AsNoTracking().Where(s => s.Month >= from && s.Month <= to);

        // One row per service × customer × group × month, summed in the database; the rollups are made from these.
        var cells = await year
            .GroupBy(s => new { s.ServiceCode, s.CustomerId, s.GroupId, s.Month })
            .Select(g => new SurveyCell(
                g.Key.ServiceCode, g.Key.CustomerId, g.Key.GroupId, g.Key.Month, g.Count(),
                g.Count(s => s.AnsweredAtUtc != null), g.Count(s => s.Solved == true), g.Sum(s => s.Treatment ?? 0)))
            .ToListAsync(cancellationToken);
        var names = await SurveyNames.LoadAsync(db, cells, cancellationToken);
        var filtered = cells.Where(c =>
                (request.ServiceCode is null || c.ServiceCode == request.ServiceCode)
                && (request.CustomerId is null || c.CustomerId == request.CustomerId)
                && (request.GroupId is null || c.GroupId == request.GroupId))
            .ToList();

        return new SurveyResults(
            request.Year,
            SurveyCell.Sum(filtered),
            Rows(filtered, c => c.ServiceCode ?? "", names.Service).SortedByName(),
            Rows(filtered, c => c.CustomerId.ToString(), names.Customer).SortedByName(),
            Rows(filtered, c => c.GroupId.ToString(), names.Group).SortedByName(),
            Rows(filtered, c => c.Month.ToString(), SurveyNames.Month).OrderBy(r => r.Key, StringComparer.Ordinal).ToList(),
            await CommentsAsync(request, year, names, cancellationToken),
            Options(cells, c => c.ServiceCode ?? "", names.Service).Where(o => o.Key.Length > 0).ToList(),
            Options(cells, c => c.CustomerId.ToString(), names.Customer),
            Options(cells, c => c.GroupId.ToString(), names.Group));
    }

    private static IEnumerable<SurveyResultRow> Rows(IEnumerable<SurveyCell> cells, Func<SurveyCell, string> key, Func<string, string> name) =>
        cells.GroupBy(key).Select(g => new SurveyResultRow(g.Key, name(g.Key), SurveyCell.Sum(g)));

    private static List<SurveyOption> Options(IEnumerable<SurveyCell> cells, Func<SurveyCell, string> key, Func<string, string> name) =>
        cells.Select(key).Distinct().Select(k => new SurveyOption(k, name(k)))
            .OrderBy(o => o.Name, StringComparer.Create(SwedishCulture.Culture, true)).ToList();

    private async Task<IReadOnlyList<SurveyComment>> CommentsAsync(
        GetSurveyResults request, IQueryable<CaseSurvey> year, SurveyNames names, CancellationToken cancellationToken)
    {
        var answered = year.Where(s => s.AnsweredAtUtc != null && s.Comment != null);
        if (request.ServiceCode is { } service)
        {
            answered = answered.Where(s => s.ServiceCode == service);
        }

        if (request.CustomerId is { } customer)
        {
            answered = answered.Where(s => s.CustomerId == customer);
        }

        if (request.GroupId is { } group)
        {
            answered = answered.Where(s => s.GroupId == group);
        }

        var rows = await (from s in answered
                          join c in db.Cases on s.CaseId equals c.Id
                          orderby s.AnsweredAtUtc descending, s.Id
                          select new { c.Number, s.AnsweredAtUtc, s.Solved, s.Treatment, s.Comment, s.ServiceCode, s.CustomerId, s.GroupId })
            .Take(Math.Clamp(request.CommentCount, 0, 200))
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SurveyComment(
            r.Number, DateTime.SpecifyKind(r.AnsweredAtUtc!.Value, DateTimeKind.Utc), r.Solved == true, r.Treatment ?? 0, r.Comment!,
            names.Service(r.ServiceCode ?? ""), names.Customer(r.CustomerId.ToString()), names.Group(r.GroupId.ToString()))).ToList();
    }
}

internal sealed record SurveyCell(string? ServiceCode, Guid CustomerId, Guid GroupId, Period Month, int Sent, int Answered, int Solved, int TreatmentSum)
{
    public static SurveyFigures Sum(IEnumerable<SurveyCell> cells)
    {
        var (sent, answered, solved, treatment) = (0, 0, 0, 0);
        foreach (var c in cells)
        {
            sent += c.Sent;
            answered += c.Answered;
            solved += c.Solved;
            treatment += c.TreatmentSum;
        }

        return new SurveyFigures(
            sent, answered, Percent(answered, sent), Percent(solved, answered),
            answered == 0 ? null : Math.Round((decimal)treatment / answered, 1, MidpointRounding.AwayFromZero));
    }

    private static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}

/// <summary>Names of what the results are grouped by: services from the decided catalogue, customers and groups by id.</summary>
internal sealed record SurveyNames(
    IReadOnlyDictionary<string, string> Services, IReadOnlyDictionary<string, string> Customers, IReadOnlyDictionary<string, string> Groups)
{
    public static async Task<SurveyNames> LoadAsync(ServicenavDb db, IReadOnlyList<SurveyCell> cells, CancellationToken cancellationToken)
    {
        var customerIds = cells.Select(c => c.CustomerId).Distinct().ToList();
        var groupIds = cells.Select(c => c.GroupId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id.ToString(), c => c.Name, cancellationToken);
        var groups = await db.ResolverGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id.ToString(), g => g.Name, cancellationToken);
        return new SurveyNames(await CaseReads.ServiceNamesAsync(db, cancellationToken), customers, groups);
    }

    public string Service(string code) => code.Length == 0 ? SurveyMessages.NoService : Services.GetValueOrDefault(code, code);

    public string Customer(string id) => Customers.GetValueOrDefault(id, SurveyMessages.UnknownCustomer);

    public string Group(string id) => Groups.GetValueOrDefault(id, SurveyMessages.UnknownGroup);

    /// <summary>"mars 2026" for the key "2026-03".</summary>
    public static string Month(string key) =>
        Period.TryParse(key, out var period) ? period.FirstDay.ToString("MMMM yyyy", SwedishCulture.Culture) : key;
}

internal static class SurveyRowOrder
{
    public static List<SurveyResultRow> SortedByName(this IEnumerable<SurveyResultRow> rows) =>
        rows.OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true)).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
}
