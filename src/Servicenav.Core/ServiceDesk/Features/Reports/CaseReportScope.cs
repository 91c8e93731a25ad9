using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Servicenav.Access;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Reports;

/// <summary>
/// What every customer-service report is filtered by: a period of Swedish dates (both inclusive; the last 30 days
/// ending today when left out), and optionally a service, a customer and a resolver group (the case's current one).
/// </summary>
public sealed record CaseReportFilter(DateOnly? From = null, DateOnly? To = null, string? ServiceCode = null, Guid? CustomerId = null, Guid? GroupId = null)
{
    public const int DefaultDays = 30;

    /// <summary>Three years and a day: enough for a year compared with the year before, small enough to stay quick.</summary>
    public const int MaxDays = 3 * 366;

    public (DateOnly From, DateOnly To) Period(TimeProvider clock)
    {
        var to = To ?? SwedishCulture.Today(clock);
        return (From ?? to.AddDays(1 - DefaultDays), to);
    }
}

public sealed class CaseReportFilterValidator : AbstractValidator<CaseReportFilter>
{
    public CaseReportFilterValidator()
    {
        RuleFor(f => f.To).Must((f, to) => f.From is null || to is null || to >= f.From).WithMessage(CaseReportMessages.PeriodOrder);
        RuleFor(f => f.To).Must((f, to) => f.From is null || to is null || to.Value.DayNumber - f.From.Value.DayNumber < CaseReportFilter.MaxDays)
            .WithMessage(CaseReportMessages.PeriodLength);
        RuleFor(f => f.ServiceCode).MaximumLength(60);
    }
}

/// <summary>
/// The cases a report may count and its period as UTC instants. Built on <see cref="CaseViewer"/>, so a report
/// never counts a case its reader could not open: a Beställare its own customer's (the customer scope underneath),
/// an agent its groups' (all, in first line). Holders of <see cref="Permission.CaseReportsReadAll"/> (controllers,
/// administrators) see every group's and customer's figures, as supervisors do; they still never see the cases.
/// </summary>
internal sealed record CaseReportScope(DateOnly From, DateOnly To, DateTime FromUtc, DateTime ToUtc, CaseViewer Viewer, IQueryable<Case> Cases)
{
    /// <summary>The reader's scope, or null when they may not read reports at all.</summary>
    public static async Task<CaseReportScope?> ForAsync(ServicenavDb db, CaseReportFilter filter, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!db.User.Has(Permission.CaseReportsRead))
        {
            return null;
        }

        var viewer = await CaseViewer.ForAsync(db, cancellationToken);
        if (db.User.Has(Permission.CaseReportsReadAll) && !db.User.IsCustomerScoped)
        {
            viewer = viewer with { SeesAll = true };
        }

        var cases = viewer.Apply(db.Cases.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(filter.ServiceCode))
        {
            var code = filter.ServiceCode.Trim();
            cases = cases.Where(c => c.ServiceCode == code);
        }

        if (filter.CustomerId is { } customer)
        {
            cases = cases.Where(c => c.CustomerId == customer);
        }

        if (filter.GroupId is { } group)
        {
            cases = cases.Where(c => c.GroupId == group);
        }

        var (from, to) = filter.Period(clock);
        return new CaseReportScope(from, to, ReportTime.StartUtc(from), ReportTime.StartUtc(to.AddDays(1)), viewer, cases);
    }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period in (average) months, for "per month" figures: 30 days are 0.99 months.</summary>
    public decimal Months => Days / ReportTime.DaysPerMonth;
}

/// <summary>Swedish days and months as UTC instants, and counts the database made per UTC hour put on their Swedish day.</summary>
internal static class ReportTime
{
    public const decimal DaysPerMonth = 365.25m / 12m;

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Midnight at the start of a Swedish date, as UTC.</summary>
    public static DateTime StartUtc(DateOnly date) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), Stockholm);

    /// <summary>
    /// The Swedish date of a UTC hour the database grouped by (date and hour of the UTC instant). Sweden is a whole
    /// number of hours from UTC, so every instant of that hour is on the same Swedish date: grouping by UTC hour in
    /// SQL and placing the hours here is exact, on both providers, without time-zone functions in SQL.
    /// </summary>
    public static DateOnly LocalDate(DateTime utcDate, int utcHour) =>
        DateOnly.FromDateTime(SwedishCulture.ToLocal(DateTime.SpecifyKind(utcDate.Date.AddHours(utcHour), DateTimeKind.Utc)));

    public static string MonthKey(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static string MonthName(DateOnly date) => date.ToString("MMMM yyyy", SwedishCulture.Culture);

    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>Change from <paramref name="before"/> to <paramref name="now"/> in percent, one decimal; null when there was nothing before.</summary>
    public static decimal? Change(decimal now, decimal before) =>
        before == 0 ? null : Math.Round(100m * (now - before) / before, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A count per UTC hour, as read from the database.</summary>
internal sealed record HourCount(DateTime Date, int Hour, int Count);
