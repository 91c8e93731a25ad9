using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.ServiceDesk.Domain.Sla;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// SLA compliance: the share of first-response and resolution clocks met, per service, customer and month (the
/// Swedish month the clock ended or was breached). Counted are clocks that stopped in the period (ResponseEndedAtUtc,
/// ResolutionEndedAtUtc: met or late) and clocks breached in the period that still run (their due in the period).
/// Counted in SQL by service, by customer and per UTC hour (placed on Swedish months here).
/// </summary>
public sealed record GetSlaCompliance(CaseReportFilter Filter) : IRequest<Result<SlaComplianceReport>>;

public sealed class GetSlaComplianceValidator : AbstractValidator<GetSlaCompliance>
{
    public GetSlaComplianceValidator() => RuleFor(r => r.Filter).NotNull().SetValidator(new CaseReportFilterValidator());
}

internal sealed class GetSlaComplianceHandler(ServicenavDb db, TimeProvider clock) : IHandler<GetSlaCompliance, Result<SlaComplianceReport>>
{
    public async Task<Result<SlaComplianceReport>> Handle(GetSlaCompliance request, CancellationToken cancellationToken)
    {
        if (await CaseReportScope.ForAsync(db, request.Filter, clock, cancellationToken) is not { } scope)
        {
            return Result<SlaComplianceReport>.Forbidden();
        }

        var (from, to) = (scope.FromUtc, scope.ToUtc);
        var response = scope.Cases
            .Where(c => (c.Clocks.ResponseEndedAtUtc >= from && c.Clocks.ResponseEndedAtUtc < to)
                || (c.Clocks.ResponseSla == SlaStatus.Breached && c.Clocks.ResponseDueUtc >= from && c.Clocks.ResponseDueUtc < to))
            .Select(c => new ClockRow { ServiceCode = c.ServiceCode, CustomerId = c.CustomerId, At = (c.Clocks.ResponseEndedAtUtc ?? c.Clocks.ResponseDueUtc)!.Value, Met = c.Clocks.ResponseSla == SlaStatus.Met });
        var resolution = scope.Cases
            .Where(c => (c.Clocks.ResolutionEndedAtUtc >= from && c.Clocks.ResolutionEndedAtUtc < to)
                || (c.Clocks.ResolutionSla == SlaStatus.Breached && c.Clocks.ResolutionDueUtc >= from && c.Clocks.ResolutionDueUtc < to))
            .Select(c => new ClockRow { ServiceCode = c.ServiceCode, CustomerId = c.CustomerId, At = (c.Clocks.ResolutionEndedAtUtc ?? c.Clocks.ResolutionDueUtc)!.Value, Met = c.Clocks.ResolutionSla == SlaStatus.Met });

        // Met is part of each grouping key and the two halves are added up here: EF cannot translate a counted condition
        // over the clocks' own table (g.Count(r => r.Met)) inside a grouping.
        var services = await CaseReads.ServiceNamesAsync(db, cancellationToken);
        var byService = Rows(
            Cells(await response.GroupBy(r => new { r.ServiceCode, r.Met }).Select(g => new { g.Key.ServiceCode, g.Key.Met, Count = g.Count() })
                .ToListAsync(cancellationToken), g => g.ServiceCode ?? "", g => g.Met, g => g.Count),
            Cells(await resolution.GroupBy(r => new { r.ServiceCode, r.Met }).Select(g => new { g.Key.ServiceCode, g.Key.Met, Count = g.Count() })
                .ToListAsync(cancellationToken), g => g.ServiceCode ?? "", g => g.Met, g => g.Count),
            key => key.Length == 0 ? CaseReportMessages.NoService : services.GetValueOrDefault(key, key));
        var responseByCustomer = Cells(await response.GroupBy(r => new { r.CustomerId, r.Met }).Select(g => new { g.Key.CustomerId, g.Key.Met, Count = g.Count() })
            .ToListAsync(cancellationToken), g => g.CustomerId.ToString(), g => g.Met, g => g.Count);
        var resolutionByCustomer = Cells(await resolution.GroupBy(r => new { r.CustomerId, r.Met }).Select(g => new { g.Key.CustomerId, g.Key.Met, Count = g.Count() })
            .ToListAsync(cancellationToken), g => g.CustomerId.ToString(), g => g.Met, g => g.Count);
        var customerIds = responseByCustomer.Concat(resolutionByCustomer).Select(c => Guid.Parse(c.Key)).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id.ToString(), c => c.Name, cancellationToken);
        var byCustomer = Rows(responseByCustomer, resolutionByCustomer, key => customers.GetValueOrDefault(key, key));
        var byMonth = Rows(
            await MonthsAsync(response, cancellationToken),
            await MonthsAsync(resolution, cancellationToken),
            key => ReportTime.MonthName(DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            byName: false);

        var total = new ComplianceFigures(0, 0, null, 0, 0, null);
        foreach (var row in byService)
        {
            total = Add(total, row.Figures);
        }

        return new SlaComplianceReport(scope.From, scope.To, Figures(total), byService, byCustomer, byMonth);
    }

    private static async Task<List<Cell>> MonthsAsync(IQueryable<ClockRow> clocks, CancellationToken cancellationToken)
    {
        var hours = await clocks.GroupBy(r => new { r.At.Date, r.At.Hour, r.Met })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Met, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Cells(hours, h => ReportTime.MonthKey(ReportTime.LocalDate(h.Date, h.Hour)), h => h.Met, h => h.Count);
    }

    /// <summary>Adds up counted groups into one cell per key: all clocks, and the met ones.</summary>
    private static List<Cell> Cells<T>(IEnumerable<T> groups, Func<T, string> key, Func<T, bool> met, Func<T, int> count) =>
        groups.GroupBy(key).Select(g => new Cell(g.Key, g.Sum(count), g.Where(met).Sum(count))).ToList();

    private static List<ComplianceRow> Rows(List<Cell> response, List<Cell> resolution, Func<string, string> name, bool byName = true)
    {
        var rows = response.Select(c => c.Key).Union(resolution.Select(c => c.Key)).Select(key =>
        {
            var (a, b) = (response.FirstOrDefault(c => c.Key == key), resolution.FirstOrDefault(c => c.Key == key));
            return new ComplianceRow(key, name(key), Figures(new ComplianceFigures(a?.Count ?? 0, a?.Met ?? 0, null, b?.Count ?? 0, b?.Met ?? 0, null)));
        });
        return byName
            ? rows.OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Culture, true)).ThenBy(r => r.Key, StringComparer.Ordinal).ToList()
            : rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    private static ComplianceFigures Figures(ComplianceFigures f) => f with
    {
        ResponsePercent = ReportTime.Percent(f.ResponseMet, f.ResponseCounted),
        ResolutionPercent = ReportTime.Percent(f.ResolutionMet, f.ResolutionCounted),
    };

    private static ComplianceFigures Add(ComplianceFigures a, ComplianceFigures b) => new(
        a.ResponseCounted + b.ResponseCounted, a.ResponseMet + b.ResponseMet, null,
        a.ResolutionCounted + b.ResolutionCounted, a.ResolutionMet + b.ResolutionMet, null);

    private sealed record Cell(string Key, int Count, int Met);
}

/// <summary>One SLA clock of a case as the compliance report counts it (a projection EF composes into SQL).</summary>
internal sealed class ClockRow
{
    public string? ServiceCode { get; init; }

    public Guid CustomerId { get; init; }

    public DateTime At { get; init; }

    public bool Met { get; init; }
}
