using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Billing.Domain;
using Servicenav.Data;
using Servicenav.SharedKernel;

namespace Servicenav.Billing.Features;

/// <summary>
/// The usage rows of a month, optionally for one customer and/or one service, with sums per customer, service and
/// unit computed in the database (exact: quantities are whole thousandths). A month can hold a million rows, so
/// only the first <see cref="Take"/> rows are listed; the sums always cover them all. A Beställare sees only its own
/// customer's rows (customer scope). Without a period, the latest month with usage the user may see (the current
/// month when there is none), so the page does not open on an empty month.
/// </summary>
public sealed record ListUsageRecords(string? Period, Guid? CustomerId = null, string? ServiceCode = null, int Take = 200)
    : IRequest<Result<UsageRecordList>>;

public sealed record UsageRecordList(string Period, int RowCount, IReadOnlyList<UsageSum> Sums, IReadOnlyList<UsageRecordDto> Rows);

public sealed record UsageSum(Guid CustomerId, string CustomerName, string ServiceCode, string Unit, int Rows, decimal Quantity);

public sealed record UsageRecordDto(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    string ServiceCode,
    decimal Quantity,
    string Unit,
    string SourceReference,
    string? CorrectsSourceReference,
    string? Ansvar,
    string? Verksamhet,
    string? Projekt,
    string? Aktivitet,
    string? OrganisationUnit,
    Guid BatchId,
    DateTime ReceivedAtUtc);

public sealed class ListUsageRecordsValidator : AbstractValidator<ListUsageRecords>
{
    public ListUsageRecordsValidator()
    {
        RuleFor(x => x.Period).Must(p => SharedKernel.Period.TryParse(p, out _))
            .When(x => !string.IsNullOrWhiteSpace(x.Period))
            .WithMessage(x => UsageRowParser.Format(UsageMessages.BadPeriod, x.Period ?? ""));
        RuleFor(x => x.Take).InclusiveBetween(0, 5000);
    }
}

internal sealed class ListUsageRecordsHandler(ServicenavDb db, TimeProvider clock) : IHandler<ListUsageRecords, Result<UsageRecordList>>
{
    public async Task<Result<UsageRecordList>> Handle(ListUsageRecords request, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.ChargingRead))
        {
            return Result<UsageRecordList>.Forbidden();
        }

        var period = string.IsNullOrWhiteSpace(request.Period) ? await LatestMonth(cancellationToken) : Period.Parse(request.Period);
        var records = db.UsageRecords.AsNoTracking().Where(u => u.Period == period);
        if (request.CustomerId is { } customerId)
        {
            records = records.Where(u => u.CustomerId == customerId);
        }

        if (!string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            var code = request.ServiceCode.Trim();
            records = records.Where(u => u.ServiceCode == code);
        }

        // Customer names through the scoped customer query: a Beställare's own customer is the only one it can join.
        var names = await db.Customers.AsNoTracking().Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var sums = (await records
                .GroupBy(u => new { u.CustomerId, u.ServiceCode, u.Unit })
                .Select(g => new { g.Key.CustomerId, g.Key.ServiceCode, g.Key.Unit, Rows = g.Count(), Milli = g.Sum(u => u.QuantityMilli) })
                .ToListAsync(cancellationToken))
            .Select(g => new UsageSum(g.CustomerId, names.GetValueOrDefault(g.CustomerId, ""), g.ServiceCode, g.Unit, g.Rows, g.Milli / (decimal)UsageRecord.MilliPerUnit))
            .OrderBy(s => s.CustomerName, StringComparer.Create(SwedishCulture.Culture, true)).ThenBy(s => s.ServiceCode, StringComparer.Ordinal).ThenBy(s => s.Unit, StringComparer.Ordinal)
            .ToList();
        var rows = (await records
                .OrderBy(u => u.CustomerId).ThenBy(u => u.ServiceCode).ThenBy(u => u.SourceReference)
                .Take(request.Take)
                .ToListAsync(cancellationToken))
            .Select(u => new UsageRecordDto(u.Id, u.CustomerId, names.GetValueOrDefault(u.CustomerId, ""), u.ServiceCode, u.Quantity, u.Unit,
                u.SourceReference, u.CorrectsSourceReference, u.Ansvar, u.Verksamhet, u.Projekt, u.Aktivitet, u.OrganisationUnit, u.BatchId, u.ReceivedAtUtc))
            .ToList();
        return new UsageRecordList(period.ToString(), sums.Sum(s => s.Rows), sums, rows);
    }

    /// <summary>The month totals are few and customer-scoped like the rows: their latest month is the user's.</summary>
    private async Task<Period> LatestMonth(CancellationToken ct)
    {
        var latest = await db.UsageMonthTotals.AsNoTracking().OrderByDescending(t => t.Period).Select(t => t.Period).Take(1).ToListAsync(ct);
        return latest.Count > 0 ? latest[0] : Period.Of(SwedishCulture.Today(clock));
    }
}
