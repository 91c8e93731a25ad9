using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// First-response and resolution times in business hours from the cases' stored SLA clocks (ResponseBusinessMinutes,
/// ResolutionBusinessMinutes), for clocks that stopped in the period: mean, median and 90th percentile per priority
/// and per service. The database returns how many cases took each number of minutes per priority and service (a
/// histogram, bounded by the distinct durations, not by the cases); the statistics are exact from it.
/// </summary>
public sealed record GetCaseTimes(CaseReportFilter Filter) : IRequest<Result<CaseTimesReport>>;

public sealed class GetCaseTimesValidator : AbstractValidator<GetCaseTimes>
{
    public GetCaseTimesValidator() => RuleFor(r => r.Filter).NotNull().SetValidator(new CaseReportFilterValidator());
}

internal sealed class GetCaseTimesHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetCaseTimes, Result<CaseTimesReport>>
{
    public async Task<Result<CaseTimesReport>> Handle(GetCaseTimes request, CancellationToken cancellationToken)
    {
        if (await CaseReportScope.ForAsync(db, request.Filter, clock, cancellationToken) is not { } scope)
        {
            return Result<CaseTimesReport>.Forbidden();
        }

        var (from, to) = (scope.FromUtc, scope.ToUtc);
        var response = await scope.Cases
            .Where(c => c.Clocks.ResponseEndedAtUtc >= from && c.Clocks.ResponseEndedAtUtc < to && c.Clocks.ResponseBusinessMinutes != null)
            .GroupBy(c => new { c.Priority, c.ServiceCode, Minutes = c.Clocks.ResponseBusinessMinutes!.Value })
            .Select(g => new Bin(g.Key.Priority, g.Key.ServiceCode, g.Key.Minutes, g.Count()))
            .ToListAsync(cancellationToken);
        var resolution = await scope.Cases
            .Where(c => c.Clocks.ResolutionEndedAtUtc >= from && c.Clocks.ResolutionEndedAtUtc < to && c.Clocks.ResolutionBusinessMinutes != null)
            .GroupBy(c => new { c.Priority, c.ServiceCode, Minutes = c.Clocks.ResolutionBusinessMinutes!.Value })
            .Select(g => new Bin(g.Key.Priority, g.Key.ServiceCode, g.Key.Minutes, g.Count()))
            .ToListAsync(cancellationToken);
        var services = await CaseReads.ServiceNamesAsync(db, cancellationToken);

        var priorities = response.Concat(resolution).Select(b => b.Priority).Distinct().Order()
            .Select(p => Row(p.ToString(SwedishCulture.Culture), string.Format(SwedishCulture.Culture, CaseReportMessages.PriorityName, p),
                response.Where(b => b.Priority == p), resolution.Where(b => b.Priority == p)))
            .ToList();
        var byService = response.Concat(resolution).Select(b => b.ServiceCode ?? "").Distinct()
            .Select(code => Row(code, code.Length == 0 ? CaseReportMessages.NoService : services.GetValueOrDefault(code, code),
                response.Where(b => (b.ServiceCode ?? "") == code), resolution.Where(b => (b.ServiceCode ?? "") == code)))
            .OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true))
            .ToList();
        return new CaseTimesReport(scope.From, scope.To, Row("", CaseReportMessages.Total, response, resolution), priorities, byService);
    }

    private static CaseTimeRow Row(string key, string name, IEnumerable<Bin> response, IEnumerable<Bin> resolution) =>
        new(key, name, Durations.Of(response), Durations.Of(resolution));
}

/// <summary>How many cases of a priority and service took a number of business minutes.</summary>
internal sealed record Bin(int Priority, string? ServiceCode, int Minutes, int Count);

/// <summary>Mean, median (the middle value, or the mean of the two middle ones) and 90th percentile (nearest rank) from a histogram.</summary>
internal static class Durations
{
    public static DurationFigures Of(IEnumerable<Bin> bins)
    {
        var histogram = bins.GroupBy(b => b.Minutes).Select(g => (Minutes: g.Key, Count: g.Sum(b => b.Count))).OrderBy(h => h.Minutes).ToList();
        var n = histogram.Sum(h => h.Count);
        if (n == 0)
        {
            return new DurationFigures(0, null, null, null);
        }

        var mean = histogram.Sum(h => (decimal)h.Minutes * h.Count) / n;
        var median = n % 2 == 1 ? Nth(histogram, (n + 1) / 2) : (Nth(histogram, n / 2) + Nth(histogram, (n / 2) + 1)) / 2m;
        var p90 = Nth(histogram, (int)Math.Ceiling(0.9m * n));
        return new DurationFigures(n, Hours(mean), Hours(median), Hours(p90));
    }

    /// <summary>The value at 1-based rank <paramref name="rank"/> of the sorted durations.</summary>
    private static decimal Nth(List<(int Minutes, int Count)> histogram, int rank)
    {
        var seen = 0;
        foreach (var (minutes, count) in histogram)
        {
            seen += count;
            if (seen >= rank)
            {
                return minutes;
            }
        }

        return histogram[^1].Minutes;
    }

    private static decimal Hours(decimal minutes) => Math.Round(minutes / 60m, 1, MidpointRounding.AwayFromZero);
}
